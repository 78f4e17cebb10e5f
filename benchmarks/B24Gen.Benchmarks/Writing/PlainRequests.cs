using System.Text.Json.Serialization;
using NJ = Newtonsoft.Json;

namespace B24Gen.Benchmarks.Writing;

// A plain calendar.event.add request for the System.Text.Json and Newtonsoft writers (and the hand-written one):
// the same parameters as the generated CalendarEventAddRequest, unset ones null and left out, Y/N flags as bool?.

public sealed class PlainEventAddRequest
{
    [JsonPropertyName("type")] [NJ.JsonProperty("type")] public string Type { get; set; } = "";
    [JsonPropertyName("ownerId")] [NJ.JsonProperty("ownerId")] public long OwnerId { get; set; }
    [JsonPropertyName("from")] [NJ.JsonProperty("from")] public DateTimeOffset? From { get; set; }
    [JsonPropertyName("to")] [NJ.JsonProperty("to")] public DateTimeOffset? To { get; set; }
    [JsonPropertyName("section")] [NJ.JsonProperty("section")] public long? Section { get; set; }
    [JsonPropertyName("name")] [NJ.JsonProperty("name")] public string Name { get; set; } = "";
    [JsonPropertyName("skip_time")] [JsonConverter(typeof(Reading.NullableYesNoConverter))] [NJ.JsonProperty("skip_time")] [NJ.JsonConverter(typeof(NewtonsoftYesNoConverter))] public bool? SkipTime { get; set; }
    [JsonPropertyName("timezone_from")] [NJ.JsonProperty("timezone_from")] public string? TimezoneFrom { get; set; }
    [JsonPropertyName("timezone_to")] [NJ.JsonProperty("timezone_to")] public string? TimezoneTo { get; set; }
    [JsonPropertyName("description")] [NJ.JsonProperty("description")] public string? Description { get; set; }
    [JsonPropertyName("color")] [NJ.JsonProperty("color")] public string? Color { get; set; }
    [JsonPropertyName("text_color")] [NJ.JsonProperty("text_color")] public string? TextColor { get; set; }
    [JsonPropertyName("accessibility")] [NJ.JsonProperty("accessibility")] public string? Accessibility { get; set; }
    [JsonPropertyName("importance")] [NJ.JsonProperty("importance")] public string? Importance { get; set; }
    [JsonPropertyName("private_event")] [JsonConverter(typeof(Reading.NullableYesNoConverter))] [NJ.JsonProperty("private_event")] [NJ.JsonConverter(typeof(NewtonsoftYesNoConverter))] public bool? PrivateEvent { get; set; }
    [JsonPropertyName("rrule")] [NJ.JsonProperty("rrule")] public PlainRecurrenceRuleInput? Rrule { get; set; }
    [JsonPropertyName("is_meeting")] [JsonConverter(typeof(Reading.NullableYesNoConverter))] [NJ.JsonProperty("is_meeting")] [NJ.JsonConverter(typeof(NewtonsoftYesNoConverter))] public bool? IsMeeting { get; set; }
    [JsonPropertyName("location")] [NJ.JsonProperty("location")] public string? Location { get; set; }
    [JsonPropertyName("remind")] [NJ.JsonProperty("remind")] public List<PlainReminderInput>? Remind { get; set; }
    [JsonPropertyName("attendees")] [NJ.JsonProperty("attendees")] public List<long>? Attendees { get; set; }
    [JsonPropertyName("meeting")] [NJ.JsonProperty("meeting")] public PlainMeetingInput? Meeting { get; set; }
    [JsonPropertyName("crm_fields")] [NJ.JsonProperty("crm_fields")] public List<string>? CrmFields { get; set; }
}

public sealed class PlainRecurrenceRuleInput
{
    [JsonPropertyName("FREQ")] [NJ.JsonProperty("FREQ")] public string? Freq { get; set; }
    [JsonPropertyName("COUNT")] [NJ.JsonProperty("COUNT")] public long? Count { get; set; }
    [JsonPropertyName("INTERVAL")] [NJ.JsonProperty("INTERVAL")] public long? Interval { get; set; }
    [JsonPropertyName("BYDAY")] [NJ.JsonProperty("BYDAY")] public List<string>? ByDay { get; set; }
    [JsonPropertyName("UNTIL")] [NJ.JsonProperty("UNTIL")] public string? Until { get; set; }
}

public sealed class PlainReminderInput
{
    [JsonPropertyName("type")] [NJ.JsonProperty("type")] public string Type { get; set; } = "";
    [JsonPropertyName("count")] [NJ.JsonProperty("count")] public long Count { get; set; }
}

public sealed class PlainMeetingInput
{
    [JsonPropertyName("notify")] [NJ.JsonProperty("notify")] public bool? Notify { get; set; }
    [JsonPropertyName("reinvite")] [NJ.JsonProperty("reinvite")] public bool? Reinvite { get; set; }
    [JsonPropertyName("allow_invite")] [NJ.JsonProperty("allow_invite")] public bool? AllowInvite { get; set; }
    [JsonPropertyName("hide_guests")] [NJ.JsonProperty("hide_guests")] public bool? HideGuests { get; set; }
}

/// <summary>Writes a <c>bool?</c> as <c>"Y"</c>/<c>"N"</c> for Newtonsoft.</summary>
public sealed class NewtonsoftYesNoConverter : NJ.JsonConverter<bool?>
{
    public override void WriteJson(NJ.JsonWriter writer, bool? value, NJ.JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } flag)
        {
            writer.WriteValue(flag ? "Y" : "N");
        }
        else
        {
            writer.WriteNull();
        }
    }

    public override bool? ReadJson(NJ.JsonReader reader, Type objectType, bool? existingValue, bool hasExistingValue, NJ.JsonSerializer serializer)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Value switch
        {
            null => null,
            bool b => b,
            string s => s is "Y" or "1",
            _ => Convert.ToInt64(reader.Value, System.Globalization.CultureInfo.InvariantCulture) != 0,
        };
    }
}
