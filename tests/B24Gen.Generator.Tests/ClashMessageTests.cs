using B24Gen.Generator.Tests.TestSupport;

namespace B24Gen.Generator.Tests;

/// <summary>
/// The words of the cross-file diagnostics: each says what the method's name collides with, so the user can tell
/// which file to change. (Mutation testing found these messages unchecked.)
/// </summary>
public sealed class ClashMessageTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "types:\n  DemoThingGetRequest:\n    fields: { ID: int }\n",
            "method: demo.thing.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.thing.get' gives the request type 'DemoThingGetRequest', which is already the type 'DemoThingGetRequest' in '/s/a.yaml'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "method: a_b.c.get\nkind: read\nresult: int\n",
            "method: a.b.c.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'a.b.c.get' gives the request type 'ABCGetRequest', which is already the request type of 'a_b.c.get'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "types:\n  DemoThingApi:\n    fields: { ID: int }\n",
            "method: demo.thing.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.thing.get' gives the group class 'DemoThingApi', which is already the type 'DemoThingApi' in '/s/a.yaml'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "types:\n  DemoThingGetExtensions:\n    fields: { ID: int }\n",
            "method: demo.thing.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.thing.get' gives the class 'DemoThingGetExtensions', which is already the type 'DemoThingGetExtensions' in '/s/a.yaml'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "types:\n  DemoThingApiExtensions:\n    fields: { ID: int }\n",
            "method: demo.thing.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.thing.get' gives the class 'DemoThingApiExtensions', which is already the type 'DemoThingApiExtensions' in '/s/a.yaml'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "method: demo.thing.list\nkind: read\nresult: \"Item[]\"\npaging: start\ntypes:\n  Item:\n    fields: { ID: int }\n",
            "method: demo.thing.list_all\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.thing.list_all' gives 'ListAllAsync', which is already a method of 'demo.thing.list'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "method: demo.get\nkind: read\nresult: int\n",
            "method: demo.client.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.client.get' gives the group property 'Client', which is already the client property of every group; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "types:\n  Box:\n    fields: { ID: int }\n",
            "types:\n  Box:\n    partial: true\n    enum: [a]\n",
            "B24G0010: Invalid value for 'partial': 'Box' is an object: extend it with 'fields:'."
        },
        {
            "types:\n  Kind:\n    enum: [a]\n",
            "types:\n  Kind:\n    partial: true\n    fields: { X: int }\n",
            "B24G0010: Invalid value for 'partial': 'Kind' is an enum: extend it with 'enum:'."
        },
        {
            "types:\n  Unrelated:\n    fields: { ID: int }\n",
            "method: b24.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'b24.get' gives the group class 'B24Api', which is already the API root; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "types:\n  Unrelated:\n    fields: { ID: int }\n",
            "method: get.type\nkind: read\nresult: int\n",
            "B24G0017: The method 'get.type' gives 'B24Methods.GetType', which is already a member every class has (GetType); the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "method: a_b.get\nkind: read\nresult: int\n",
            "method: a.b.list\nkind: read\nresult: int\n",
            "B24G0017: The method 'a.b.list' gives the group class 'ABApi', which is already the group class of 'AB'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "method: x.demo_api\nkind: read\nresult: int\n",
            "method: x_demo.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'x_demo.get' gives the class 'XDemoApiExtensions', which is already the class of 'x.demo_api'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "method: demo.get\nkind: read\nresult: int\n",
            "method: demo.api\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.api' gives the class 'DemoApiExtensions', which is already the class that attaches the group 'Demo'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "types:\n  Unrelated:\n    fields: { ID: int }\n",
            "method: demo.api\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.api' gives the class 'DemoApiExtensions', which is already the class that attaches its own group; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "types:\n  Unrelated:\n    fields: { ID: int }\n",
            "method: demo.demo_api.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.demo_api.get' gives the group property 'DemoApi', which is already the name of the class itself; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "types:\n  Unrelated:\n    fields: { ID: int }\n",
            "method: demo.to_string.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.to_string.get' gives the group property 'ToString', which is already a member every class has (ToString); the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "types:\n  Unrelated:\n    fields: { ID: int }\n",
            "method: demo.get_or_add_child.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.get_or_add_child.get' gives the group property 'GetOrAddChild', which is already a method of every group; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
        {
            "method: demo.get_async.list\nkind: read\nresult: int\n",
            "method: demo.get\nkind: read\nresult: int\n",
            "B24G0017: The method 'demo.get' gives 'GetAsync', which is already the group 'Demo.GetAsync'; the method is left out. Give it another 'name:' (its verb) or 'group:', or rename what it clashes with."
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_clash_says_what_the_name_is_already(string first, string second, string message)
    {
        var (result, _) = GeneratorHarness.Run(("/s/a.yaml", first), ("/s/b.yaml", second));

        var messages = result.Diagnostics.Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(message, messages);
    }

    [Fact]
    public void Only_a_paged_method_claims_its_AllAsync_name()
    {
        var (result, output) = GeneratorHarness.Run(
            ("/s/a.yaml", "method: demo.thing.list\nkind: read\nresult: int\n"),
            ("/s/b.yaml", "method: demo.thing.list_all\nkind: read\nresult: int\n"));

        Assert.Empty(result.Diagnostics);
        GeneratorHarness.AssertCompiles(output);
    }
}
