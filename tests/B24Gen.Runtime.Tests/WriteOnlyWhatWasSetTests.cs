using System.Text.Json;
using B24Gen.Api;
using B24Gen.Testing;

namespace B24Gen.Runtime.Tests;

/// <summary>
/// A request never carries a member the caller did not set, whatever type carries it: a result type used as a
/// parameter (a user's <c>crm.deal.update</c> with <c>fields: CrmDeal</c>), nested objects, lists and maps of objects,
/// and <c>partial: true</c> fields added to a stock type. Sending an unset member as its default (<c>"ID":0</c>,
/// <c>"COMMENTS":null</c>) would blank that field of the deal on a real portal.
/// </summary>
public sealed class WriteOnlyWhatWasSetTests : EmulatorTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Emulator.Methods.Register("crm.deal.patch", _ => MethodResult.Success(true));
        Emulator.Methods.Register("test.sections.send", _ => MethodResult.Success(true));
    }

    [Fact]
    public async Task Updating_a_deal_with_the_result_type_sends_only_the_title()
    {
        var updated = await Api.Crm.Deal.PatchAsync(new() { Id = 5, Fields = new CrmDeal { Title = "New title" } });

        Assert.True(updated);
        Assert.Equal("""{"id":5,"fields":{"TITLE":"New title"}}""", LastBody());
    }

    [Fact]
    public async Task A_member_set_to_its_default_value_is_sent_because_the_caller_set_it()
    {
        await Api.Crm.Deal.PatchAsync(new() { Id = 5, Fields = new CrmDeal { Comments = null, Opportunity = 0, IsNew = false } });

        Assert.Equal("""{"id":5,"fields":{"IS_NEW":"N","OPPORTUNITY":0,"COMMENTS":null}}""", LastBody());
    }

    [Fact]
    public async Task An_object_with_nothing_set_is_sent_empty()
    {
        await Api.Crm.Deal.PatchAsync(new() { Id = 5, Fields = new CrmDeal() });

        Assert.Equal("""{"id":5,"fields":{}}""", LastBody());
    }

    [Fact]
    public async Task A_partial_field_added_to_a_stock_type_is_sent_alone()
    {
        await Api.Crm.Deal.PatchAsync(new() { Id = 7, Fields = new CrmDeal { UfCrmPriority = "high" } });

        Assert.Equal("""{"id":7,"fields":{"UF_CRM_PRIORITY":"high"}}""", LastBody());
    }

    [Fact]
    public async Task Nested_objects_carry_only_their_own_set_members()
    {
        await Api.Test.Sections.SendAsync(new() { Section = new CalendarSection { Name = "Team", Perm = new() { Add = true } } });

        Assert.Equal("""{"section":{"NAME":"Team","PERM":{"add":true}}}""", LastBody());
    }

    [Fact]
    public async Task Lists_and_maps_of_objects_carry_only_each_item_s_set_members()
    {
        await Api.Test.Sections.SendAsync(new()
        {
            Sections = [new CalendarSection { Id = 1 }, new CalendarSection { Color = "#fff" }],
            ByCode = new Dictionary<string, CalendarSection> { ["a"] = new() { TextColor = "#000" } },
        });

        Assert.Equal("""{"sections":[{"ID":1},{"COLOR":"#fff"}],"byCode":{"a":{"TEXT_COLOR":"#000"}}}""", LastBody());
    }

    [Fact]
    public async Task An_object_read_from_the_portal_is_sent_back_with_exactly_the_fields_it_was_read_with()
    {
        var read = (await Api.Calendar.Section.GetAsync(UserOneSections))[0];
        using var parameters = JsonDocument.Parse("""{"type":"user","ownerId":1}""");
        var raw = (await Client.CallRawAsync(SectionGet, parameters.RootElement)).Value;

        await Api.Test.Sections.SendAsync(new() { Section = read });

        using var sent = JsonDocument.Parse(LastBody());
        var section = sent.RootElement.GetProperty("section");
        Assert.Equal(FieldNames(raw[0]).Order(), FieldNames(section).Order());
        Assert.Equal(read.Id, section.GetProperty("ID").GetInt64());
        Assert.Equal(read.Name, section.GetProperty("NAME").GetString());
    }

    [Fact]
    public async Task Fields_the_portal_did_not_send_are_not_sent_back()
    {
        var deal = JsonSerializer.Deserialize<CrmDeal>("""{"ID":"12","TITLE":"Only these"}""")!;

        await Api.Crm.Deal.PatchAsync(new() { Id = deal.Id, Fields = deal });

        Assert.Equal("""{"id":12,"fields":{"ID":12,"TITLE":"Only these"}}""", LastBody());
    }

    [Fact]
    public void JsonSerializer_writes_the_same_set_members()
    {
        var json = JsonSerializer.Serialize(new CrmDeal { Title = "T", UfCrmPriority = "low" });

        Assert.Equal("""{"TITLE":"T","UF_CRM_PRIORITY":"low"}""", json);
    }

    [Fact]
    public void Set_tracking_survives_more_than_64_properties()
    {
        var set = default(B24Gen.Serialization.B24FieldSet);
        set.Add(3);
        set.Add(64);
        set.Add(200);

        Assert.True(set.Contains(3));
        Assert.True(set.Contains(64));
        Assert.True(set.Contains(200));
        Assert.False(set.Contains(4));
        Assert.False(set.Contains(65));
        Assert.False(set.Contains(127));
        Assert.False(set.Contains(1000));
        Assert.False(set.Contains(-1));
    }

    private string LastBody() => Emulator.Requests[^1].Body;

    private static List<string> FieldNames(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
