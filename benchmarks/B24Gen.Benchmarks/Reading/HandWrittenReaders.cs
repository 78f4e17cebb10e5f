using System.Globalization;
using System.Text;
using System.Text.Json;

namespace B24Gen.Benchmarks.Reading;

/// <summary>
/// The baseline: what a competent developer writes by hand with <see cref="Utf8JsonReader"/> for these two
/// responses. Property names are copied (unescaped) into a stack buffer and matched with a <c>switch</c> on the
/// span; small helpers read numbers from strings, Y/N flags, PHP's <c>[]</c>/<c>false</c>/<c>""</c> for empty
/// values. Unknown properties are skipped. No caching, no tricks beyond that.
/// </summary>
internal static class HandWrittenReaders
{
    private const int MaxName = 64;

    public static List<PlainSection> ReadSections(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return ReadList(ref reader, ReadSection);
    }

    public static List<PlainEvent> ReadEvents(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return ReadList(ref reader, ReadEvent);
    }

    private delegate T ReadItem<out T>(ref Utf8JsonReader reader);

    private static List<T> ReadList<T>(ref Utf8JsonReader reader, ReadItem<T> readItem)
    {
        var items = new List<T>();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(readItem(ref reader));
            }
        }
        else if (reader.TokenType == JsonTokenType.StartObject)
        {
            // PHP's keyed array: the values in order.
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
                items.Add(readItem(ref reader));
            }
        }
        else if (reader.TokenType is not (JsonTokenType.False or JsonTokenType.Null or JsonTokenType.String))
        {
            throw new JsonException("Expected a list.");
        }

        return items;
    }

    private static PlainSection ReadSection(ref Utf8JsonReader reader)
    {
        var section = new PlainSection();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            switch (buffer[..length])
            {
                case "ID": section.Id = Int64(ref reader); break;
                case "NAME": section.Name = String(ref reader); break;
                case "GAPI_CALENDAR_ID": section.GapiCalendarId = NullableString(ref reader); break;
                case "DESCRIPTION": section.Description = String(ref reader); break;
                case "COLOR": section.Color = String(ref reader); break;
                case "TEXT_COLOR": section.TextColor = String(ref reader); break;
                case "EXPORT": section.Export = ReadExport(ref reader); break;
                case "CAL_TYPE": section.CalType = String(ref reader); break;
                case "OWNER_ID": section.OwnerId = Int64(ref reader); break;
                case "CREATED_BY": section.CreatedBy = Int64(ref reader); break;
                case "DATE_CREATE": section.DateCreate = NullableString(ref reader); break;
                case "TIMESTAMP_X": section.TimestampX = NullableString(ref reader); break;
                case "CAL_DAV_CON": section.CalDavCon = NullableString(ref reader); break;
                case "SYNC_TOKEN": section.SyncToken = NullableString(ref reader); break;
                case "PAGE_TOKEN": section.PageToken = NullableString(ref reader); break;
                case "EXTERNAL_TYPE": section.ExternalType = String(ref reader); break;
                case "ACCESS": section.Access = Int64Map(ref reader); break;
                case "IS_COLLAB": section.IsCollab = Boolean(ref reader); break;
                case "PERM": section.Perm = ReadPermissions(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return section;
    }

    private static PlainSectionExport ReadExport(ref Utf8JsonReader reader)
    {
        var export = new PlainSectionExport();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            if (buffer[..length].SequenceEqual("ALLOW"))
            {
                export.Allow = Boolean(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return export;
    }

    private static PlainSectionPermissions ReadPermissions(ref Utf8JsonReader reader)
    {
        var perm = new PlainSectionPermissions();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            switch (buffer[..length])
            {
                case "view_time": perm.ViewTime = Boolean(ref reader); break;
                case "view_title": perm.ViewTitle = Boolean(ref reader); break;
                case "view_full": perm.ViewFull = Boolean(ref reader); break;
                case "add": perm.Add = Boolean(ref reader); break;
                case "edit": perm.Edit = Boolean(ref reader); break;
                case "edit_section": perm.EditSection = Boolean(ref reader); break;
                case "access": perm.Access = Boolean(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return perm;
    }

    private static PlainEvent ReadEvent(ref Utf8JsonReader reader)
    {
        var e = new PlainEvent();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            switch (buffer[..length])
            {
                case "ID": e.Id = Int64(ref reader); break;
                case "PARENT_ID": e.ParentId = Int64(ref reader); break;
                case "DELETED": e.Deleted = Boolean(ref reader); break;
                case "CAL_TYPE": e.CalType = String(ref reader); break;
                case "OWNER_ID": e.OwnerId = Int64(ref reader); break;
                case "NAME": e.Name = String(ref reader); break;
                case "DATE_FROM": e.DateFrom = String(ref reader); break;
                case "DATE_TO": e.DateTo = String(ref reader); break;
                case "ORIGINAL_DATE_FROM": e.OriginalDateFrom = NullableString(ref reader); break;
                case "TZ_FROM": e.TzFrom = String(ref reader); break;
                case "TZ_TO": e.TzTo = String(ref reader); break;
                case "TZ_OFFSET_FROM": e.TzOffsetFrom = Int64(ref reader); break;
                case "TZ_OFFSET_TO": e.TzOffsetTo = Int64(ref reader); break;
                case "DATE_FROM_TS_UTC": e.DateFromTsUtc = Int64(ref reader); break;
                case "DATE_TO_TS_UTC": e.DateToTsUtc = Int64(ref reader); break;
                case "DT_SKIP_TIME": e.DtSkipTime = Boolean(ref reader); break;
                case "DT_LENGTH": e.DtLength = Int64(ref reader); break;
                case "EVENT_TYPE": e.EventType = NullableString(ref reader); break;
                case "CREATED_BY": e.CreatedBy = Int64(ref reader); break;
                case "DATE_CREATE": e.DateCreate = String(ref reader); break;
                case "TIMESTAMP_X": e.TimestampX = String(ref reader); break;
                case "DESCRIPTION": e.Description = String(ref reader); break;
                case "PRIVATE_EVENT": e.PrivateEvent = NullableBoolean(ref reader); break;
                case "ACCESSIBILITY": e.Accessibility = String(ref reader); break;
                case "IMPORTANCE": e.Importance = String(ref reader); break;
                case "IS_MEETING": e.IsMeeting = Boolean(ref reader); break;
                case "MEETING_STATUS": e.MeetingStatus = String(ref reader); break;
                case "MEETING_HOST": e.MeetingHost = Int64(ref reader); break;
                case "MEETING": e.Meeting = ReadMeeting(ref reader); break;
                case "LOCATION": e.Location = String(ref reader); break;
                case "REMIND": e.Remind = ReadList(ref reader, ReadReminder); break;
                case "COLOR": e.Color = String(ref reader); break;
                case "RRULE": e.Rrule = reader.TokenType == JsonTokenType.StartObject ? ReadRecurrenceRule(ref reader) : null; break;
                case "EXDATE": e.Exdate = String(ref reader); break;
                case "DAV_XML_ID": e.DavXmlId = String(ref reader); break;
                case "G_EVENT_ID": e.GEventId = String(ref reader); break;
                case "DAV_EXCH_LABEL": e.DavExchLabel = String(ref reader); break;
                case "CAL_DAV_LABEL": e.CalDavLabel = String(ref reader); break;
                case "VERSION": e.Version = Int64(ref reader); break;
                case "ATTENDEES_CODES": e.AttendeesCodes = ReadList(ref reader, String); break;
                case "RECURRENCE_ID": e.RecurrenceId = NullableInt64(ref reader); break;
                case "RELATIONS": e.Relations = reader.TokenType == JsonTokenType.StartObject ? ReadRelations(ref reader) : null; break;
                case "SECTION_ID": e.SectionId = Int64(ref reader); break;
                case "SYNC_STATUS": e.SyncStatus = NullableString(ref reader); break;
                case "UF_CRM_CAL_EVENT": e.UfCrmCalEvent = ReadList(ref reader, String); break;
                case "UF_WEBDAV_CAL_EVENT": e.UfWebdavCalEvent = ReadList(ref reader, String); break;
                case "SECTION_DAV_XML_ID": e.SectionDavXmlId = reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader); break;
                case "DATE_FROM_FORMATTED": e.DateFromFormatted = String(ref reader); break;
                case "DATE_TO_FORMATTED": e.DateToFormatted = String(ref reader); break;
                case "SECT_ID": e.SectId = Int64(ref reader); break;
                case "ATTENDEE_LIST": e.AttendeeList = ReadList(ref reader, ReadAttendee); break;
                case "COLLAB_ID": e.CollabId = NullableInt64(ref reader); break;
                case "~RRULE_DESCRIPTION": e.RawRruleDescription = String(ref reader); break;
                case "attendeesEntityList": e.AttendeesEntityList = ReadList(ref reader, ReadAttendeeEntity); break;
                case "~DESCRIPTION": e.RawDescription = String(ref reader); break;
                case "~USER_OFFSET_FROM": e.RawUserOffsetFrom = Int64(ref reader); break;
                case "~USER_OFFSET_TO": e.RawUserOffsetTo = Int64(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return e;
    }

    private static PlainEventMeeting ReadMeeting(ref Utf8JsonReader reader)
    {
        var meeting = new PlainEventMeeting();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            switch (buffer[..length])
            {
                case "HOST_NAME": meeting.HostName = String(ref reader); break;
                case "NOTIFY": meeting.Notify = Boolean(ref reader); break;
                case "REINVITE": meeting.Reinvite = Boolean(ref reader); break;
                case "ALLOW_INVITE": meeting.AllowInvite = Boolean(ref reader); break;
                case "HIDE_GUESTS": meeting.HideGuests = Boolean(ref reader); break;
                case "MEETING_CREATOR": meeting.MeetingCreator = Int64(ref reader); break;
                case "LANGUAGE_ID": meeting.LanguageId = NullableString(ref reader); break;
                case "MAIL_FROM": meeting.MailFrom = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return meeting;
    }

    private static PlainReminder ReadReminder(ref Utf8JsonReader reader)
    {
        var reminder = new PlainReminder();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            switch (buffer[..length])
            {
                case "type": reminder.Type = String(ref reader); break;
                case "count": reminder.Count = Int64(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return reminder;
    }

    private static PlainRecurrenceRule ReadRecurrenceRule(ref Utf8JsonReader reader)
    {
        var rule = new PlainRecurrenceRule();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            switch (buffer[..length])
            {
                case "FREQ": rule.Freq = String(ref reader); break;
                case "BYDAY": rule.ByDay = ReadList(ref reader, String); break;
                case "INTERVAL": rule.Interval = Int64(ref reader); break;
                case "COUNT": rule.Count = NullableInt64(ref reader); break;
                case "UNTIL": rule.Until = String(ref reader); break;
                case "~UNTIL": rule.RawUntil = NullableString(ref reader); break;
                case "UNTIL_TS": rule.UntilTs = Int64(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return rule;
    }

    private static PlainEventRelations ReadRelations(ref Utf8JsonReader reader)
    {
        var relations = new PlainEventRelations();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            switch (buffer[..length])
            {
                case "ORIGINAL_RECURSION_ID": relations.OriginalRecursionId = NullableInt64(ref reader); break;
                case "COMMENT_XML_ID": relations.CommentXmlId = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return relations;
    }

    private static PlainAttendee ReadAttendee(ref Utf8JsonReader reader)
    {
        var attendee = new PlainAttendee();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            switch (buffer[..length])
            {
                case "id": attendee.Id = Int64(ref reader); break;
                case "entryId": attendee.EntryId = Int64(ref reader); break;
                case "status": attendee.Status = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return attendee;
    }

    private static PlainAttendeeEntity ReadAttendeeEntity(ref Utf8JsonReader reader)
    {
        var entity = new PlainAttendeeEntity();
        Span<char> buffer = stackalloc char[MaxName];
        while (NextProperty(ref reader, buffer, out var length))
        {
            switch (buffer[..length])
            {
                case "entityId": entity.EntityId = String(ref reader); break;
                case "id": entity.Id = Int64(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return entity;
    }

    /// <summary>
    /// Moves to the next property of the object the reader is in (or starts, on <c>{</c>), copies its unescaped name
    /// into <paramref name="buffer"/> (<paramref name="length"/> chars; 0 for a name too long to be one we know) and
    /// moves to the value. False at the end of the object. <c>[]</c> counts as an empty object.
    /// </summary>
    private static bool NextProperty(ref Utf8JsonReader reader, scoped Span<char> buffer, out int length)
    {
        length = 0;
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Skip();
            return false;
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            return false;
        }

        if (!reader.HasValueSequence && reader.ValueSpan.Length <= buffer.Length)
        {
            length = reader.CopyString(buffer);
        }

        reader.Read();
        return true;
    }

    private static long Int64(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.String
        ? long.Parse(reader.ValueSpan, NumberStyles.Integer, CultureInfo.InvariantCulture)
        : reader.GetInt64();

    private static long? NullableInt64(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueSpan.IsEmpty) ? null : Int64(ref reader);

    private static string String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.Null => "",
        _ => throw new JsonException("Expected a string."),
    };

    private static string? NullableString(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    private static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => reader.GetInt64() != 0,
        JsonTokenType.String => reader.ValueTextEquals("Y"u8) || reader.ValueTextEquals("1"u8) || reader.ValueTextEquals("true"u8),
        _ => throw new JsonException("Expected a boolean."),
    };

    private static bool? NullableBoolean(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null || (reader.TokenType == JsonTokenType.String && reader.ValueSpan.IsEmpty) ? null : Boolean(ref reader);

    private static Dictionary<string, long> Int64Map(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, long>();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return map;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = Int64(ref reader);
        }

        return map;
    }
}
