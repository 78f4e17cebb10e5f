using System.Text.Json;
using System.Text.Json.Serialization;

namespace B24Gen.Benchmarks.Reading;

// Plain classes with the same fields as the generated CalendarSection and CalendarEvent, for the hand-written,
// System.Text.Json and Newtonsoft readers. Numbers are long, Y/N flags bool, open enums strings, and dates the
// portal's text (string): a lenient date kept as text, as the issue asks. The [JsonPropertyName] attributes serve
// System.Text.Json; the other readers map names themselves.

public sealed class PlainSection
{
    [JsonPropertyName("ID")] public long Id { get; set; }
    [JsonPropertyName("NAME")] public string Name { get; set; } = "";
    [JsonPropertyName("GAPI_CALENDAR_ID")] public string? GapiCalendarId { get; set; }
    [JsonPropertyName("DESCRIPTION")] public string Description { get; set; } = "";
    [JsonPropertyName("COLOR")] public string Color { get; set; } = "";
    [JsonPropertyName("TEXT_COLOR")] public string TextColor { get; set; } = "";
    [JsonPropertyName("EXPORT")] public PlainSectionExport Export { get; set; } = new();
    [JsonPropertyName("CAL_TYPE")] public string CalType { get; set; } = "";
    [JsonPropertyName("OWNER_ID")] public long OwnerId { get; set; }
    [JsonPropertyName("CREATED_BY")] public long CreatedBy { get; set; }
    [JsonPropertyName("DATE_CREATE")] public string? DateCreate { get; set; }
    [JsonPropertyName("TIMESTAMP_X")] public string? TimestampX { get; set; }
    [JsonPropertyName("CAL_DAV_CON")] public string? CalDavCon { get; set; }
    [JsonPropertyName("SYNC_TOKEN")] public string? SyncToken { get; set; }
    [JsonPropertyName("PAGE_TOKEN")] public string? PageToken { get; set; }
    [JsonPropertyName("EXTERNAL_TYPE")] public string ExternalType { get; set; } = "";
    [JsonPropertyName("ACCESS")] [JsonConverter(typeof(MapOrEmptyListConverter<long>))] public Dictionary<string, long> Access { get; set; } = [];
    [JsonPropertyName("IS_COLLAB")] [JsonConverter(typeof(YesNoConverter))] public bool IsCollab { get; set; }
    [JsonPropertyName("PERM")] public PlainSectionPermissions Perm { get; set; } = new();
}

public sealed class PlainSectionExport
{
    [JsonPropertyName("ALLOW")] [JsonConverter(typeof(YesNoConverter))] public bool Allow { get; set; }
}

public sealed class PlainSectionPermissions
{
    [JsonPropertyName("view_time")] [JsonConverter(typeof(YesNoConverter))] public bool ViewTime { get; set; }
    [JsonPropertyName("view_title")] [JsonConverter(typeof(YesNoConverter))] public bool ViewTitle { get; set; }
    [JsonPropertyName("view_full")] [JsonConverter(typeof(YesNoConverter))] public bool ViewFull { get; set; }
    [JsonPropertyName("add")] [JsonConverter(typeof(YesNoConverter))] public bool Add { get; set; }
    [JsonPropertyName("edit")] [JsonConverter(typeof(YesNoConverter))] public bool Edit { get; set; }
    [JsonPropertyName("edit_section")] [JsonConverter(typeof(YesNoConverter))] public bool EditSection { get; set; }
    [JsonPropertyName("access")] [JsonConverter(typeof(YesNoConverter))] public bool Access { get; set; }
}

public sealed class PlainEvent
{
    [JsonPropertyName("ID")] public long Id { get; set; }
    [JsonPropertyName("PARENT_ID")] public long ParentId { get; set; }
    [JsonPropertyName("DELETED")] [JsonConverter(typeof(YesNoConverter))] public bool Deleted { get; set; }
    [JsonPropertyName("CAL_TYPE")] public string CalType { get; set; } = "";
    [JsonPropertyName("OWNER_ID")] public long OwnerId { get; set; }
    [JsonPropertyName("NAME")] public string Name { get; set; } = "";
    [JsonPropertyName("DATE_FROM")] public string DateFrom { get; set; } = "";
    [JsonPropertyName("DATE_TO")] public string DateTo { get; set; } = "";
    [JsonPropertyName("ORIGINAL_DATE_FROM")] public string? OriginalDateFrom { get; set; }
    [JsonPropertyName("TZ_FROM")] public string TzFrom { get; set; } = "";
    [JsonPropertyName("TZ_TO")] public string TzTo { get; set; } = "";
    [JsonPropertyName("TZ_OFFSET_FROM")] public long TzOffsetFrom { get; set; }
    [JsonPropertyName("TZ_OFFSET_TO")] public long TzOffsetTo { get; set; }
    [JsonPropertyName("DATE_FROM_TS_UTC")] public long DateFromTsUtc { get; set; }
    [JsonPropertyName("DATE_TO_TS_UTC")] public long DateToTsUtc { get; set; }
    [JsonPropertyName("DT_SKIP_TIME")] [JsonConverter(typeof(YesNoConverter))] public bool DtSkipTime { get; set; }
    [JsonPropertyName("DT_LENGTH")] public long DtLength { get; set; }
    [JsonPropertyName("EVENT_TYPE")] public string? EventType { get; set; }
    [JsonPropertyName("CREATED_BY")] public long CreatedBy { get; set; }
    [JsonPropertyName("DATE_CREATE")] public string DateCreate { get; set; } = "";
    [JsonPropertyName("TIMESTAMP_X")] public string TimestampX { get; set; } = "";
    [JsonPropertyName("DESCRIPTION")] public string Description { get; set; } = "";
    [JsonPropertyName("PRIVATE_EVENT")] [JsonConverter(typeof(NullableYesNoConverter))] public bool? PrivateEvent { get; set; }
    [JsonPropertyName("ACCESSIBILITY")] public string Accessibility { get; set; } = "";
    [JsonPropertyName("IMPORTANCE")] public string Importance { get; set; } = "";
    [JsonPropertyName("IS_MEETING")] [JsonConverter(typeof(YesNoConverter))] public bool IsMeeting { get; set; }
    [JsonPropertyName("MEETING_STATUS")] public string MeetingStatus { get; set; } = "";
    [JsonPropertyName("MEETING_HOST")] public long MeetingHost { get; set; }
    [JsonPropertyName("MEETING")] public PlainEventMeeting Meeting { get; set; } = new();
    [JsonPropertyName("LOCATION")] public string Location { get; set; } = "";
    [JsonPropertyName("REMIND")] [JsonConverter(typeof(ListOrFalseConverter<PlainReminder>))] public List<PlainReminder> Remind { get; set; } = [];
    [JsonPropertyName("COLOR")] public string Color { get; set; } = "";
    [JsonPropertyName("RRULE")] [JsonConverter(typeof(EmptyStringAsNullConverter<PlainRecurrenceRule>))] public PlainRecurrenceRule? Rrule { get; set; }
    [JsonPropertyName("EXDATE")] public string Exdate { get; set; } = "";
    [JsonPropertyName("DAV_XML_ID")] public string DavXmlId { get; set; } = "";
    [JsonPropertyName("G_EVENT_ID")] public string GEventId { get; set; } = "";
    [JsonPropertyName("DAV_EXCH_LABEL")] public string DavExchLabel { get; set; } = "";
    [JsonPropertyName("CAL_DAV_LABEL")] public string CalDavLabel { get; set; } = "";
    [JsonPropertyName("VERSION")] public long Version { get; set; }
    [JsonPropertyName("ATTENDEES_CODES")] [JsonConverter(typeof(ListOrFalseConverter<string>))] public List<string> AttendeesCodes { get; set; } = [];
    [JsonPropertyName("RECURRENCE_ID")] public long? RecurrenceId { get; set; }
    [JsonPropertyName("RELATIONS")] [JsonConverter(typeof(EmptyStringAsNullConverter<PlainEventRelations>))] public PlainEventRelations? Relations { get; set; }
    [JsonPropertyName("SECTION_ID")] public long SectionId { get; set; }
    [JsonPropertyName("SYNC_STATUS")] public string? SyncStatus { get; set; }
    [JsonPropertyName("UF_CRM_CAL_EVENT")] [JsonConverter(typeof(ListOrFalseConverter<string>))] public List<string> UfCrmCalEvent { get; set; } = [];
    [JsonPropertyName("UF_WEBDAV_CAL_EVENT")] [JsonConverter(typeof(ListOrFalseConverter<string>))] public List<string> UfWebdavCalEvent { get; set; } = [];
    [JsonPropertyName("SECTION_DAV_XML_ID")] public JsonElement? SectionDavXmlId { get; set; }
    [JsonPropertyName("DATE_FROM_FORMATTED")] public string DateFromFormatted { get; set; } = "";
    [JsonPropertyName("DATE_TO_FORMATTED")] public string DateToFormatted { get; set; } = "";
    [JsonPropertyName("SECT_ID")] public long SectId { get; set; }
    [JsonPropertyName("ATTENDEE_LIST")] [JsonConverter(typeof(ListOrFalseConverter<PlainAttendee>))] public List<PlainAttendee> AttendeeList { get; set; } = [];
    [JsonPropertyName("COLLAB_ID")] public long? CollabId { get; set; }
    [JsonPropertyName("~RRULE_DESCRIPTION")] public string RawRruleDescription { get; set; } = "";
    [JsonPropertyName("attendeesEntityList")] [JsonConverter(typeof(ListOrFalseConverter<PlainAttendeeEntity>))] public List<PlainAttendeeEntity> AttendeesEntityList { get; set; } = [];
    [JsonPropertyName("~DESCRIPTION")] public string RawDescription { get; set; } = "";
    [JsonPropertyName("~USER_OFFSET_FROM")] public long RawUserOffsetFrom { get; set; }
    [JsonPropertyName("~USER_OFFSET_TO")] public long RawUserOffsetTo { get; set; }
}

public sealed class PlainEventMeeting
{
    [JsonPropertyName("HOST_NAME")] public string HostName { get; set; } = "";
    [JsonPropertyName("NOTIFY")] [JsonConverter(typeof(YesNoConverter))] public bool Notify { get; set; }
    [JsonPropertyName("REINVITE")] [JsonConverter(typeof(YesNoConverter))] public bool Reinvite { get; set; }
    [JsonPropertyName("ALLOW_INVITE")] [JsonConverter(typeof(YesNoConverter))] public bool AllowInvite { get; set; }
    [JsonPropertyName("HIDE_GUESTS")] [JsonConverter(typeof(YesNoConverter))] public bool HideGuests { get; set; }
    [JsonPropertyName("MEETING_CREATOR")] public long MeetingCreator { get; set; }
    [JsonPropertyName("LANGUAGE_ID")] public string? LanguageId { get; set; }
    [JsonPropertyName("MAIL_FROM")] public string MailFrom { get; set; } = "";
}

public sealed class PlainReminder
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("count")] public long Count { get; set; }
}

public sealed class PlainRecurrenceRule
{
    [JsonPropertyName("FREQ")] public string Freq { get; set; } = "";
    [JsonPropertyName("BYDAY")] [JsonConverter(typeof(ListOrFalseConverter<string>))] public List<string> ByDay { get; set; } = [];
    [JsonPropertyName("INTERVAL")] public long Interval { get; set; }
    [JsonPropertyName("COUNT")] public long? Count { get; set; }
    [JsonPropertyName("UNTIL")] public string Until { get; set; } = "";
    [JsonPropertyName("~UNTIL")] public string? RawUntil { get; set; }
    [JsonPropertyName("UNTIL_TS")] public long UntilTs { get; set; }
}

public sealed class PlainEventRelations
{
    [JsonPropertyName("ORIGINAL_RECURSION_ID")] public long? OriginalRecursionId { get; set; }
    [JsonPropertyName("COMMENT_XML_ID")] public string CommentXmlId { get; set; } = "";
}

public sealed class PlainAttendee
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("entryId")] public long EntryId { get; set; }
    [JsonPropertyName("status")] public string Status { get; set; } = "";
}

public sealed class PlainAttendeeEntity
{
    [JsonPropertyName("entityId")] public string EntityId { get; set; } = "";
    [JsonPropertyName("id")] public long Id { get; set; }
}
