using System.Text.Json;
using B24Gen.Serialization;

namespace B24Gen.Runtime.Tests.Events;

/// <summary>
/// Events as the portal POSTs them (a PHP form body) read into the classes generated from <c>event:</c> documents: the
/// stock calendar and crm events, the tests' own event, and a field a <c>partial: true</c> file adds to a stock event's type.
/// </summary>
public class TypedEventTests
{
    private const string Auth =
        "&auth%5Baccess_token%5D=s6p6eclrvim6da22ft9ch94ekreb52lv&auth%5Bexpires_in%5D=3600&auth%5Bscope%5D=crm"
        + "&auth%5Bdomain%5D=some-domain.bitrix24.com&auth%5Bserver_endpoint%5D=https%3A%2F%2Foauth.bitrix.info%2Frest%2F"
        + "&auth%5Bstatus%5D=L&auth%5Bclient_endpoint%5D=https%3A%2F%2Fsome-domain.bitrix24.com%2Frest%2F"
        + "&auth%5Bmember_id%5D=d897063e1ce7c5eb9f04b9751eef5915&auth%5Bapplication_token%5D=51856fefc120afa4b628cc82d3935cce";

    private static readonly B24EventHandlers s_handlers = new B24EventHandlers()
        .On<CrmDealUpdateEvent>((_, _, _) => Task.CompletedTask)
        .On<CalendarEntryAddEvent>((_, _, _) => Task.CompletedTask)
        .On<TestThingChangeEvent>((_, _, _) => Task.CompletedTask);

    [Fact]
    public void A_deal_update_is_read_as_the_portal_sends_it()
    {
        var envelope = B24EventEnvelope.FromForm("event=ONCRMDEALUPDATE&event_handler_id=185&data%5BFIELDS%5D%5BID%5D=7405&ts=1766047124" + Auth);

        var e = Assert.IsType<CrmDealUpdateEvent>(s_handlers.Read(envelope));

        Assert.Equal(7405, e.Data.Fields.Id);
        Assert.Equal("ONCRMDEALUPDATE", e.Code);
        Assert.Equal(185, e.Envelope.HandlerId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1766047124), e.Timestamp);
        Assert.Equal("some-domain.bitrix24.com", e.Auth.Domain);
        Assert.Equal("https://some-domain.bitrix24.com/rest/", e.Auth.ClientEndpoint);
        Assert.Equal("d897063e1ce7c5eb9f04b9751eef5915", e.Auth.MemberId);
        Assert.Equal("s6p6eclrvim6da22ft9ch94ekreb52lv", e.Auth.AccessToken);
        Assert.Equal(3600, e.Auth.ExpiresIn);
        Assert.Null(e.Auth.RefreshToken);
        Assert.True(e.Auth.HasApplicationToken("51856fefc120afa4b628cc82d3935cce"));
        Assert.False(e.Auth.HasApplicationToken("51856fefc120afa4b628cc82d3935ccf"));
        Assert.Empty(e.ReadProblems);
        Assert.Null(e.Offline);
    }

    [Fact]
    public void Tokens_never_show_in_ToString()
    {
        var e = s_handlers.Read(B24EventEnvelope.FromForm("event=ONCRMDEALUPDATE&data%5BFIELDS%5D%5BID%5D=1" + Auth));

        var text = e.Auth.ToString() + e.ToString() + e.Envelope.Auth;

        Assert.DoesNotContain("s6p6eclrvim6da22ft9ch94ekreb52lv", text, StringComparison.Ordinal);
        Assert.DoesNotContain("51856fefc120afa4b628cc82d3935cce", text, StringComparison.Ordinal);
        Assert.Contains("some-domain.bitrix24.com", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_entry_add_reads_its_id()
    {
        var e = Assert.IsType<CalendarEntryAddEvent>(s_handlers.Read(B24EventEnvelope.FromForm("event=ONCALENDARENTRYADD&event_handler_id=3&data%5Bid%5D=1414&ts=1734608169" + Auth)));

        Assert.Equal(1414, e.Data.Id);
        Assert.Equal("ONCALENDARENTRYADD", CalendarEntryAddEvent.EventCode);
        Assert.Equal("calendar", CalendarEntryAddEvent.EventType.Scope);
        Assert.Equal(typeof(CalendarEntryAddEvent), CalendarEntryAddEvent.EventType.EventClass);
    }

    [Fact]
    public void Codes_compare_ignoring_case()
    {
        Assert.IsType<CalendarEntryAddEvent>(s_handlers.Read(B24EventEnvelope.FromForm("event=onCalendarEntryAdd&data%5Bid%5D=1")));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_kept_raw_and_listed_unless_reading_is_strict()
    {
        var envelope = B24EventEnvelope.FromForm("event=ONCRMDEALUPDATE&data%5BFIELDS%5D%5BID%5D=not-a-number");

        var e = Assert.IsType<CrmDealUpdateEvent>(s_handlers.Read(envelope));
        var problem = Assert.Single(e.ReadProblems);
        Assert.Equal("$.data.FIELDS.ID", problem.JsonPath);
        Assert.Equal(0, e.Data.Fields.Id);

        var strict = Assert.Throws<B24EventFormatException>(() => s_handlers.Read(envelope, strict: true));
        Assert.Contains("ONCRMDEALUPDATE", strict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_a_partial_file_adds_to_a_stock_event_type_are_read_and_the_rest_kept()
    {
        var e = Assert.IsType<CrmDealUpdateEvent>(s_handlers.Read(B24EventEnvelope.FromForm("event=ONCRMDEALUPDATE&data[FIELDS][ID]=5&data[FIELDS][UF_CRM_RATING]=4&data[FIELDS][UF_CRM_OTHER]=x")));

        Assert.Equal(4, e.Data.Fields.UfCrmRating);
        Assert.Equal("x", e.Data.Fields.AdditionalFields["UF_CRM_OTHER"].GetString());
    }

    [Fact]
    public void An_event_of_the_users_own_yaml_reads_nested_objects_and_lists()
    {
        var e = Assert.IsType<TestThingChangeEvent>(s_handlers.Read(B24EventEnvelope.FromForm(
            "event=ONTESTTHINGCHANGE&data[FIELDS][ID]=9&data[FIELDS][AMOUNT]=12.50&data[changed][]=TITLE&data[changed][]=AMOUNT&data[extra]=1")));

        Assert.Equal(9, e.Data.Fields.Id);
        Assert.Equal(12.5, e.Data.Fields.Amount);
        Assert.Equal(["TITLE", "AMOUNT"], e.Data.Changed);
        Assert.True(e.Data.AdditionalFields.ContainsKey("extra"));
        Assert.Equal("test", TestThingChangeEvent.EventType.Scope);
    }

    [Fact]
    public void An_event_no_handler_types_stays_raw_with_its_data()
    {
        var e = Assert.IsType<B24RawEvent>(s_handlers.Read(B24EventEnvelope.FromForm("event=ONTASKADD&data[FIELDS_AFTER][ID]=3" + Auth)));

        Assert.Equal("ONTASKADD", e.Code);
        Assert.Equal("3", e.RawData.GetProperty("FIELDS_AFTER").GetProperty("ID").GetString());
        Assert.Equal("some-domain.bitrix24.com", e.Auth.Domain);
    }

    [Fact]
    public void An_event_without_data_has_an_empty_object()
    {
        var e = Assert.IsType<CalendarEntryAddEvent>(s_handlers.Read(B24EventEnvelope.FromForm("event=ONCALENDARENTRYADD")));

        Assert.Equal(JsonValueKind.Object, e.RawData.ValueKind);
        Assert.Equal(0, e.Data.Id);
        Assert.Null(e.Timestamp);
        Assert.Same(B24EventAuth.Empty, e.Auth);
    }

    [Theory]
    [InlineData("", "no 'event'")]
    [InlineData("data[id]=1", "no 'event'")]
    [InlineData("event[]=X", "no 'event'")]
    [InlineData("event=X&data[b]x[c]=1", "not a portal's form")]
    public void A_body_that_is_not_an_event_is_a_typed_exception_that_says_why(string body, string says)
    {
        var e = Assert.Throws<B24EventFormatException>(() => B24EventEnvelope.FromForm(body));

        Assert.Contains(says, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_offline_record_is_an_envelope_with_its_queue_place_and_no_auth()
    {
        using var record = JsonDocument.Parse("""{"ID":"12","TIMESTAMP_X":"2026-12-07T10:00:00+03:00","EVENT_NAME":"ONCRMDEALUPDATE","EVENT_DATA":{"FIELDS":{"ID":"77"}},"EVENT_ADDITIONAL":{"user_id":"1"},"MESSAGE_ID":"a1b2"}""");

        var e = Assert.IsType<CrmDealUpdateEvent>(s_handlers.Read(B24EventEnvelope.FromOfflineRecord(record.RootElement, "proc-1")));

        Assert.Equal(77, e.Data.Fields.Id);
        Assert.Equal(new B24OfflineEventInfo(12, "a1b2", "proc-1", "2026-12-07T10:00:00+03:00"), e.Offline);
        Assert.Same(B24EventAuth.Empty, e.Auth);
    }

    [Fact]
    public void An_offline_record_whose_data_is_an_empty_php_array_reads_as_empty()
    {
        using var record = JsonDocument.Parse("""{"ID":1,"EVENT_NAME":"ONCALENDARENTRYADD","EVENT_DATA":[],"MESSAGE_ID":"m"}""");

        var e = Assert.IsType<CalendarEntryAddEvent>(s_handlers.Read(B24EventEnvelope.FromOfflineRecord(record.RootElement, "p")));

        Assert.Equal(0, e.Data.Id);
        Assert.Empty(e.ReadProblems);
    }

    [Fact]
    public async Task Handlers_run_in_registration_order_and_unknown_events_go_to_the_unknown_handlers()
    {
        var seen = new List<string>();
        var handlers = new B24EventHandlers()
            .On<CalendarEntryAddEvent>((e, _, _) => { seen.Add("first " + e.Data.Id); return Task.CompletedTask; })
            .On<CalendarEntryAddEvent>((e, _, _) => { seen.Add("second " + e.Data.Id); return Task.CompletedTask; })
            .OnUnknown((e, _, _) => { seen.Add("raw " + e.Code); return Task.CompletedTask; });
        var context = new B24EventContext(new B24Api(new B24Client(B24ClientOptions.FromWebhook("http://127.0.0.1:9/rest/1/code/"))));

        Assert.True(await handlers.DispatchAsync(handlers.Read(B24EventEnvelope.FromForm("event=ONCALENDARENTRYADD&data[id]=5")), context));
        Assert.True(await handlers.DispatchAsync(handlers.Read(B24EventEnvelope.FromForm("event=ONCRMDEALADD&data[FIELDS][ID]=1")), context));
        Assert.False(await new B24EventHandlers().DispatchAsync(new B24RawEvent(B24EventEnvelope.FromForm("event=X")), context));

        Assert.Equal(["first 5", "second 5", "raw ONCRMDEALADD"], seen);
        Assert.Equal([CalendarEntryAddEvent.EventType], handlers.EventTypes);
    }

    [Fact]
    public void A_code_handled_as_one_class_cannot_be_handled_as_another()
    {
        var handlers = new B24EventHandlers().On<CalendarEntryAddEvent>((_, _, _) => Task.CompletedTask);

        var e = Assert.Throws<ArgumentException>(() => handlers.On<SameCodeEvent>((_, _, _) => Task.CompletedTask));

        Assert.Contains("ONCALENDARENTRYADD", e.Message, StringComparison.Ordinal);
    }

    private sealed class SameCodeEvent : B24Event<JsonElement>, IB24Event<SameCodeEvent>
    {
        private SameCodeEvent(B24EventEnvelope envelope, JsonElement data)
            : base(envelope, data)
        {
        }

        public static B24EventType<SameCodeEvent> EventType { get; } =
            B24EventType.Create<SameCodeEvent, JsonElement>("OnCalendarEntryAdd", "calendar", B24JsonType.Any, static (e, d) => new SameCodeEvent(e, d));
    }
}
