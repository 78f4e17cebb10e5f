using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using B24Gen.Api;
using B24Gen.Serialization;
using BenchmarkDotNet.Attributes;

namespace B24Gen.Benchmarks.Writing;

/// <summary>
/// Suite 4, writing a <c>calendar.event.add</c> body with nested <c>remind</c>, <c>rrule</c>, <c>meeting</c>,
/// <c>attendees</c> and <c>crm_fields</c>: every variant produces the UTF-8 body as a new <c>byte[]</c>, ready to send,
/// as the client does per call. Baseline: a hand-written <see cref="Utf8JsonWriter"/> writer.
/// </summary>
[IterationCount(15)]
[MemoryDiagnoser]
public class WriteEventAddBenchmarks
{
    private static readonly JsonWriterOptions s_writerOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions s_stj = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly global::Newtonsoft.Json.JsonSerializerSettings s_newtonsoft = new()
    {
        NullValueHandling = global::Newtonsoft.Json.NullValueHandling.Ignore,
    };

    private readonly CalendarEventAddRequest _generated = EventAddRequests.Generated();
    private readonly PlainEventAddRequest _plain = EventAddRequests.Plain();

    [Benchmark(Baseline = true, Description = "Hand-written Utf8JsonWriter")]
    public byte[] HandWritten()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            HandWrittenWriter.Write(writer, _plain);
        }

        return buffer.WrittenSpan.ToArray();
    }

    [Benchmark(Description = "Generated (the type's B24ObjectType)")]
    public byte[] Generated()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, s_writerOptions))
        {
            CalendarEventAddRequest.JsonType.Write(writer, _generated);
        }

        return buffer.WrittenSpan.ToArray();
    }

    [Benchmark(Description = "Generated via the client's RequestBodyWriter")]
    public byte[] GeneratedClientPath() => B24Gen.Http.RequestBodyWriter.Write(CalendarEventAddRequest.JsonType, _generated, accessToken: null);

    [Benchmark(Description = "System.Text.Json (reflection)")]
    public byte[] SystemTextJson() => JsonSerializer.SerializeToUtf8Bytes(_plain, s_stj);

    [Benchmark(Description = "Newtonsoft SerializeObject + UTF-8")]
    public byte[] Newtonsoft() => Encoding.UTF8.GetBytes(global::Newtonsoft.Json.JsonConvert.SerializeObject(_plain, s_newtonsoft));
}

/// <summary>The request all writers send: a weekly meeting with reminders, attendees and CRM links.</summary>
internal static class EventAddRequests
{
    private static readonly DateTimeOffset s_from = new(2025, 3, 20, 15, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset s_to = new(2025, 3, 20, 16, 30, 0, TimeSpan.FromHours(2));

    public static CalendarEventAddRequest Generated() => new()
    {
        Type = CalendarType.User,
        OwnerId = 1,
        From = s_from,
        To = s_to,
        Section = 190,
        Name = "Weekly planning",
        SkipTime = false,
        TimezoneFrom = "Europe/Riga",
        TimezoneTo = "Europe/Riga",
        Description = "Plan the week: priorities, blockers, releases.",
        Color = "#9cbe1c",
        TextColor = "#283033",
        Accessibility = CalendarAccessibility.Busy,
        Importance = CalendarImportance.High,
        PrivateEvent = false,
        Rrule = new CalendarEventRecurrenceRuleInput
        {
            Freq = CalendarRecurrenceFrequency.Weekly,
            Count = 10,
            Interval = 1,
            Byday = [CalendarWeekday.Monday, CalendarWeekday.Wednesday],
            Until = new DateOnly(2025, 12, 31),
        },
        IsMeeting = true,
        Location = "Meeting room 4",
        Remind = [new CalendarReminder { Type = CalendarReminderUnit.Minute, Count = 20 }, new CalendarReminder { Type = CalendarReminderUnit.Hour, Count = 1 }],
        Attendees = [1, 2, 3, 5, 8, 13],
        Meeting = new CalendarEventMeetingInput { Notify = true, Reinvite = false, AllowInvite = true, HideGuests = false },
        CrmFields = ["C_5", "L_11", "D_3"],
    };

    public static PlainEventAddRequest Plain() => new()
    {
        Type = "user",
        OwnerId = 1,
        From = s_from,
        To = s_to,
        Section = 190,
        Name = "Weekly planning",
        SkipTime = false,
        TimezoneFrom = "Europe/Riga",
        TimezoneTo = "Europe/Riga",
        Description = "Plan the week: priorities, blockers, releases.",
        Color = "#9cbe1c",
        TextColor = "#283033",
        Accessibility = "busy",
        Importance = "high",
        PrivateEvent = false,
        Rrule = new PlainRecurrenceRuleInput { Freq = "WEEKLY", Count = 10, Interval = 1, ByDay = ["MO", "WE"], Until = "2025-12-31" },
        IsMeeting = true,
        Location = "Meeting room 4",
        Remind = [new PlainReminderInput { Type = "min", Count = 20 }, new PlainReminderInput { Type = "hour", Count = 1 }],
        Attendees = [1, 2, 3, 5, 8, 13],
        Meeting = new PlainMeetingInput { Notify = true, Reinvite = false, AllowInvite = true, HideGuests = false },
        CrmFields = ["C_5", "L_11", "D_3"],
    };
}

/// <summary>The baseline: the body written by hand, property by property, leaving out what is not set.</summary>
internal static class HandWrittenWriter
{
    public static void Write(Utf8JsonWriter w, PlainEventAddRequest r)
    {
        w.WriteStartObject();
        w.WriteString("type"u8, r.Type);
        w.WriteNumber("ownerId"u8, r.OwnerId);
        if (r.From is { } from)
        {
            w.WriteString("from"u8, from.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        if (r.To is { } to)
        {
            w.WriteString("to"u8, to.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        if (r.Section is { } section)
        {
            w.WriteNumber("section"u8, section);
        }

        w.WriteString("name"u8, r.Name);
        WriteYesNo(w, "skip_time"u8, r.SkipTime);
        WriteString(w, "timezone_from"u8, r.TimezoneFrom);
        WriteString(w, "timezone_to"u8, r.TimezoneTo);
        WriteString(w, "description"u8, r.Description);
        WriteString(w, "color"u8, r.Color);
        WriteString(w, "text_color"u8, r.TextColor);
        WriteString(w, "accessibility"u8, r.Accessibility);
        WriteString(w, "importance"u8, r.Importance);
        WriteYesNo(w, "private_event"u8, r.PrivateEvent);
        if (r.Rrule is { } rrule)
        {
            w.WriteStartObject("rrule"u8);
            WriteString(w, "FREQ"u8, rrule.Freq);
            if (rrule.Count is { } count)
            {
                w.WriteNumber("COUNT"u8, count);
            }

            if (rrule.Interval is { } interval)
            {
                w.WriteNumber("INTERVAL"u8, interval);
            }

            if (rrule.ByDay is { } byDay)
            {
                w.WriteStartArray("BYDAY"u8);
                foreach (var day in byDay)
                {
                    w.WriteStringValue(day);
                }

                w.WriteEndArray();
            }

            WriteString(w, "UNTIL"u8, rrule.Until);
            w.WriteEndObject();
        }

        WriteYesNo(w, "is_meeting"u8, r.IsMeeting);
        WriteString(w, "location"u8, r.Location);
        if (r.Remind is { } remind)
        {
            w.WriteStartArray("remind"u8);
            foreach (var item in remind)
            {
                w.WriteStartObject();
                w.WriteString("type"u8, item.Type);
                w.WriteNumber("count"u8, item.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (r.Attendees is { } attendees)
        {
            w.WriteStartArray("attendees"u8);
            foreach (var id in attendees)
            {
                w.WriteNumberValue(id);
            }

            w.WriteEndArray();
        }

        if (r.Meeting is { } meeting)
        {
            w.WriteStartObject("meeting"u8);
            WriteBoolean(w, "notify"u8, meeting.Notify);
            WriteBoolean(w, "reinvite"u8, meeting.Reinvite);
            WriteBoolean(w, "allow_invite"u8, meeting.AllowInvite);
            WriteBoolean(w, "hide_guests"u8, meeting.HideGuests);
            w.WriteEndObject();
        }

        if (r.CrmFields is { } crmFields)
        {
            w.WriteStartArray("crm_fields"u8);
            foreach (var field in crmFields)
            {
                w.WriteStringValue(field);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteString(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteYesNo(Utf8JsonWriter w, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            w.WriteString(name, flag ? "Y"u8 : "N"u8);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter w, ReadOnlySpan<byte> name, bool? value)
    {
        if (value is { } flag)
        {
            w.WriteBoolean(name, flag);
        }
    }
}
