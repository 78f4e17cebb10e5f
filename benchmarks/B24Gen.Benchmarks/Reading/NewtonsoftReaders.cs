using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace B24Gen.Benchmarks.Reading;

/// <summary>
/// Newtonsoft.Json the way most Bitrix24 client code reads answers: parse into a <see cref="JToken"/> tree
/// (dates left as text), then pull the fields out with small helpers for the portal's loose types.
/// </summary>
internal static class NewtonsoftReaders
{
    public static List<PlainSection> ReadSections(byte[] json)
    {
        var items = new List<PlainSection>();
        foreach (var item in Items(Parse(json)))
        {
            var o = (JObject)item;
            items.Add(new PlainSection
            {
                Id = Int64(o["ID"]),
                Name = String(o["NAME"]),
                GapiCalendarId = NullableString(o["GAPI_CALENDAR_ID"]),
                Description = String(o["DESCRIPTION"]),
                Color = String(o["COLOR"]),
                TextColor = String(o["TEXT_COLOR"]),
                Export = o["EXPORT"] is JObject export ? new PlainSectionExport { Allow = Boolean(export["ALLOW"]) } : new(),
                CalType = String(o["CAL_TYPE"]),
                OwnerId = Int64(o["OWNER_ID"]),
                CreatedBy = Int64(o["CREATED_BY"]),
                DateCreate = NullableString(o["DATE_CREATE"]),
                TimestampX = NullableString(o["TIMESTAMP_X"]),
                CalDavCon = NullableString(o["CAL_DAV_CON"]),
                SyncToken = NullableString(o["SYNC_TOKEN"]),
                PageToken = NullableString(o["PAGE_TOKEN"]),
                ExternalType = String(o["EXTERNAL_TYPE"]),
                Access = o["ACCESS"] is JObject access ? access.Properties().ToDictionary(p => p.Name, p => Int64(p.Value)) : [],
                IsCollab = Boolean(o["IS_COLLAB"]),
                Perm = o["PERM"] is JObject perm
                    ? new PlainSectionPermissions
                    {
                        ViewTime = Boolean(perm["view_time"]),
                        ViewTitle = Boolean(perm["view_title"]),
                        ViewFull = Boolean(perm["view_full"]),
                        Add = Boolean(perm["add"]),
                        Edit = Boolean(perm["edit"]),
                        EditSection = Boolean(perm["edit_section"]),
                        Access = Boolean(perm["access"]),
                    }
                    : new(),
            });
        }

        return items;
    }

    public static List<PlainEvent> ReadEvents(byte[] json)
    {
        var items = new List<PlainEvent>();
        foreach (var item in Items(Parse(json)))
        {
            var o = (JObject)item;
            var meeting = o["MEETING"] as JObject;
            var rrule = o["RRULE"] as JObject;
            var relations = o["RELATIONS"] as JObject;
            items.Add(new PlainEvent
            {
                Id = Int64(o["ID"]),
                ParentId = Int64(o["PARENT_ID"]),
                Deleted = Boolean(o["DELETED"]),
                CalType = String(o["CAL_TYPE"]),
                OwnerId = Int64(o["OWNER_ID"]),
                Name = String(o["NAME"]),
                DateFrom = String(o["DATE_FROM"]),
                DateTo = String(o["DATE_TO"]),
                OriginalDateFrom = NullableString(o["ORIGINAL_DATE_FROM"]),
                TzFrom = String(o["TZ_FROM"]),
                TzTo = String(o["TZ_TO"]),
                TzOffsetFrom = Int64(o["TZ_OFFSET_FROM"]),
                TzOffsetTo = Int64(o["TZ_OFFSET_TO"]),
                DateFromTsUtc = Int64(o["DATE_FROM_TS_UTC"]),
                DateToTsUtc = Int64(o["DATE_TO_TS_UTC"]),
                DtSkipTime = Boolean(o["DT_SKIP_TIME"]),
                DtLength = Int64(o["DT_LENGTH"]),
                EventType = NullableString(o["EVENT_TYPE"]),
                CreatedBy = Int64(o["CREATED_BY"]),
                DateCreate = String(o["DATE_CREATE"]),
                TimestampX = String(o["TIMESTAMP_X"]),
                Description = String(o["DESCRIPTION"]),
                PrivateEvent = NullableBoolean(o["PRIVATE_EVENT"]),
                Accessibility = String(o["ACCESSIBILITY"]),
                Importance = String(o["IMPORTANCE"]),
                IsMeeting = Boolean(o["IS_MEETING"]),
                MeetingStatus = String(o["MEETING_STATUS"]),
                MeetingHost = Int64(o["MEETING_HOST"]),
                Meeting = meeting is null
                    ? new()
                    : new PlainEventMeeting
                    {
                        HostName = String(meeting["HOST_NAME"]),
                        Notify = Boolean(meeting["NOTIFY"]),
                        Reinvite = Boolean(meeting["REINVITE"]),
                        AllowInvite = Boolean(meeting["ALLOW_INVITE"]),
                        HideGuests = Boolean(meeting["HIDE_GUESTS"]),
                        MeetingCreator = Int64(meeting["MEETING_CREATOR"]),
                        LanguageId = NullableString(meeting["LANGUAGE_ID"]),
                        MailFrom = String(meeting["MAIL_FROM"]),
                    },
                Location = String(o["LOCATION"]),
                Remind = Items(o["REMIND"]).Select(r => new PlainReminder { Type = String(r["type"]), Count = Int64(r["count"]) }).ToList(),
                Color = String(o["COLOR"]),
                Rrule = rrule is null
                    ? null
                    : new PlainRecurrenceRule
                    {
                        Freq = String(rrule["FREQ"]),
                        ByDay = Items(rrule["BYDAY"]).Select(String).ToList(),
                        Interval = Int64(rrule["INTERVAL"]),
                        Count = NullableInt64(rrule["COUNT"]),
                        Until = String(rrule["UNTIL"]),
                        RawUntil = NullableString(rrule["~UNTIL"]),
                        UntilTs = Int64(rrule["UNTIL_TS"]),
                    },
                Exdate = String(o["EXDATE"]),
                DavXmlId = String(o["DAV_XML_ID"]),
                GEventId = String(o["G_EVENT_ID"]),
                DavExchLabel = String(o["DAV_EXCH_LABEL"]),
                CalDavLabel = String(o["CAL_DAV_LABEL"]),
                Version = Int64(o["VERSION"]),
                AttendeesCodes = Items(o["ATTENDEES_CODES"]).Select(String).ToList(),
                RecurrenceId = NullableInt64(o["RECURRENCE_ID"]),
                Relations = relations is null
                    ? null
                    : new PlainEventRelations
                    {
                        OriginalRecursionId = NullableInt64(relations["ORIGINAL_RECURSION_ID"]),
                        CommentXmlId = String(relations["COMMENT_XML_ID"]),
                    },
                SectionId = Int64(o["SECTION_ID"]),
                SyncStatus = NullableString(o["SYNC_STATUS"]),
                UfCrmCalEvent = Items(o["UF_CRM_CAL_EVENT"]).Select(String).ToList(),
                UfWebdavCalEvent = Items(o["UF_WEBDAV_CAL_EVENT"]).Select(String).ToList(),
                // Kept as raw JSON, like the generated JsonElement? (here the JToken's text).
                SectionDavXmlId = o["SECTION_DAV_XML_ID"] is { Type: not JTokenType.Null } raw
                    ? System.Text.Json.JsonDocument.Parse(raw.ToString(Formatting.None)).RootElement.Clone()
                    : null,
                DateFromFormatted = String(o["DATE_FROM_FORMATTED"]),
                DateToFormatted = String(o["DATE_TO_FORMATTED"]),
                SectId = Int64(o["SECT_ID"]),
                AttendeeList = Items(o["ATTENDEE_LIST"]).Select(a => new PlainAttendee { Id = Int64(a["id"]), EntryId = Int64(a["entryId"]), Status = String(a["status"]) }).ToList(),
                CollabId = NullableInt64(o["COLLAB_ID"]),
                RawRruleDescription = String(o["~RRULE_DESCRIPTION"]),
                AttendeesEntityList = Items(o["attendeesEntityList"]).Select(a => new PlainAttendeeEntity { EntityId = String(a["entityId"]), Id = Int64(a["id"]) }).ToList(),
                RawDescription = String(o["~DESCRIPTION"]),
                RawUserOffsetFrom = Int64(o["~USER_OFFSET_FROM"]),
                RawUserOffsetTo = Int64(o["~USER_OFFSET_TO"]),
            });
        }

        return items;
    }

    private static JToken Parse(byte[] json)
    {
        using var text = new StreamReader(new MemoryStream(json), Encoding.UTF8);
        using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    /// <summary>A list's items; an object's values (PHP's keyed array); nothing for <c>false</c>, <c>null</c>, <c>""</c>.</summary>
    private static IEnumerable<JToken> Items(JToken? token) => token switch
    {
        JArray array => array,
        JObject o => o.PropertyValues(),
        _ => [],
    };

    private static long Int64(JToken? token) => token is null || token.Type == JTokenType.Null
        ? 0
        : token.Type == JTokenType.String ? long.Parse((string)token!, CultureInfo.InvariantCulture) : (long)token;

    private static long? NullableInt64(JToken? token) =>
        token is null || token.Type == JTokenType.Null || (token.Type == JTokenType.String && ((string)token!).Length == 0) ? null : Int64(token);

    private static string String(JToken? token) => token is null || token.Type == JTokenType.Null ? "" : (string)token!;

    private static string? NullableString(JToken? token) => token is null || token.Type == JTokenType.Null ? null : (string?)token;

    private static bool Boolean(JToken? token) => token?.Type switch
    {
        JTokenType.Boolean => (bool)token,
        JTokenType.Integer => (long)token != 0,
        JTokenType.String => (string)token! is "Y" or "1" or "true",
        _ => false,
    };

    private static bool? NullableBoolean(JToken? token) =>
        token is null || token.Type == JTokenType.Null || (token.Type == JTokenType.String && ((string)token!).Length == 0) ? null : Boolean(token);
}
