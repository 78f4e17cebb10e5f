using B24Gen.Importer.Import;

namespace B24Gen.Importer.Tests;

public class TypeDeduplicatorTests
{
    [Fact]
    public void Identical_types_of_two_methods_become_one_shared_type_and_every_reference_follows()
    {
        var get = Method("tasks.task.get", "TasksTaskGetResult",
            Type("TasksTaskGetResult", Field("task", "TasksTaskGetResultTask")),
            Type("TasksTaskGetResultTask", Field("id", "int"), Field("creator", "TasksTaskGetResultTaskCreator")),
            Type("TasksTaskGetResultTaskCreator", Field("id", "int"), Field("name", "string")));
        var start = Method("tasks.task.start", "TasksTaskStartResult",
            Type("TasksTaskStartResult", Field("task", "TasksTaskStartResultTask")),
            Type("TasksTaskStartResultTask", Field("creator", "TasksTaskStartResultTaskCreator"), Field("id", "int", "another page's words")),
            Type("TasksTaskStartResultTaskCreator", Field("id", "int"), Field("name", "string")));

        var (methods, shared) = TypeDeduplicator.Apply([start, get]);

        // The task and its creator are named by the words their names share; the two results share only "Result" after
        // the method's words, so the shortest member's name is kept.
        Assert.Equal(["TasksTask", "TasksTaskCreator", "TasksTaskGetResult"], shared.Select(t => t.Name));
        Assert.All(methods, m => Assert.Empty(m.Types));
        Assert.All(methods, m => Assert.Equal("TasksTaskGetResult", m.Result!.Type));
        Assert.All(methods, m => Assert.Equal(shared.Select(t => t.Name), m.SharedTypes.Select(t => t.Name)));
        var task = shared.Single(t => t.Name == "TasksTask");
        Assert.Equal(["id", "creator"], task.Fields.Select(f => f.WireName)); // the first method's (by name) order and words
        Assert.Equal("TasksTaskCreator", task.Fields[1].Type);
        Assert.Equal("The type TasksTaskGetResult. Shared by tasks.task.get, tasks.task.start.", shared[2].Summary);
        Assert.Equal("tasks.task.start", methods[0].Name); // the methods keep their order
    }

    [Fact]
    public void A_difference_anywhere_below_keeps_types_apart()
    {
        var a = Method("crm.a.get", "CrmAGetResult",
            Type("CrmAGetResult", Field("item", "CrmAGetResultItem")),
            Type("CrmAGetResultItem", Field("id", "int")));
        var b = Method("crm.b.get", "CrmBGetResult",
            Type("CrmBGetResult", Field("item", "CrmBGetResultItem")),
            Type("CrmBGetResultItem", Field("id", "string")));

        var (methods, shared) = TypeDeduplicator.Apply([a, b]);

        Assert.Empty(shared);
        Assert.Equal(["CrmAGetResult", "CrmAGetResultItem"], methods[0].Types.Select(t => t.Name));
        Assert.Equal(["CrmBGetResult", "CrmBGetResultItem"], methods[1].Types.Select(t => t.Name));
    }

    [Theory]
    [InlineData("id", "string", false, false)] // another type
    [InlineData("id", "int?", false, true)]    // output types: nullable where either is (the union of all examples)
    [InlineData("id", "int?", true, false)]    // an input type's nullability is its own
    [InlineData("ID", "int", false, false)]    // another wire name
    [InlineData("id", "int", true, false)]     // an input type is not an output type
    [InlineData("id", "int", false, true)]
    public void Only_the_same_use_wire_names_and_types_count_as_one(string wire, string type, bool input, bool merged)
    {
        var a = Method("crm.a.get", "CrmAGetResult", Type("CrmAGetResult", Field("id", "int")));
        var b = Method("crm.b.get", "CrmBGetResult", Type("CrmBGetResult", Field(wire, type)) with { IsInput = input });

        var (_, shared) = TypeDeduplicator.Apply([a, b]);

        Assert.Equal(merged, shared.Count == 1);
    }

    [Fact]
    public void Required_input_fields_and_csharp_names_are_part_of_a_type()
    {
        var a = Method("crm.a.add", null, Type("CrmAAddFields", Field("id", "int")) with { IsInput = true });
        var b = Method("crm.b.add", null, Type("CrmBAddFields", Field("id", "int") with { Required = true }) with { IsInput = true });
        var c = Method("crm.c.add", null, Type("CrmCAddFields", Field("id", "int") with { Name = "Identifier" }) with { IsInput = true });

        var (_, shared) = TypeDeduplicator.Apply([a, b, c]);

        Assert.Empty(shared);
    }

    [Fact]
    public void Recursive_types_are_merged_when_the_whole_cycle_is_identical()
    {
        var a = Method("tasks.a.get", "TasksAGetResultTree",
            Type("TasksAGetResultTree", Field("title", "string"), Field("descendants", "TasksAGetResultTreeNode[]")),
            Type("TasksAGetResultTreeNode", Field("id", "int"), Field("descendants", "TasksAGetResultTree[]")));
        var b = Method("tasks.b.get", "TasksBGetResultTree",
            Type("TasksBGetResultTree", Field("title", "string"), Field("descendants", "TasksBGetResultTreeNode[]")),
            Type("TasksBGetResultTreeNode", Field("id", "int"), Field("descendants", "TasksBGetResultTree[]")));
        var c = Method("tasks.c.get", "TasksCGetResultTree",
            Type("TasksCGetResultTree", Field("title", "string"), Field("descendants", "TasksCGetResultTreeNode[]")),
            Type("TasksCGetResultTreeNode", Field("id", "string"), Field("descendants", "TasksCGetResultTree[]")));

        var (methods, shared) = TypeDeduplicator.Apply([a, b, c]);

        // a's and b's trees and nodes merge pairwise; c's node differs, so its tree, which refers to it, differs too.
        Assert.Equal(2, shared.Count);
        Assert.Equal(2, methods[2].Types.Count);
    }

    [Fact]
    public void Duplicates_inside_one_method_stay_in_its_file_under_one_name()
    {
        var method = Method("disk.storage.getfields", "DiskStorageGetfieldsResult",
            Type("DiskStorageGetfieldsResult", Field("ID", "DiskStorageGetfieldsResultId"), Field("NAME", "DiskStorageGetfieldsResultName")),
            Type("DiskStorageGetfieldsResultId", Field("TYPE", "string")),
            Type("DiskStorageGetfieldsResultName", Field("TYPE", "string")));

        var (methods, shared) = TypeDeduplicator.Apply([method]);

        Assert.Empty(shared);
        Assert.Equal(["DiskStorageGetfieldsResult", "DiskStorageGetfieldsResultId"], methods[0].Types.Select(t => t.Name));
        Assert.Equal(["DiskStorageGetfieldsResultId", "DiskStorageGetfieldsResultId"], methods[0].Types[0].Fields.Select(f => f.Type));
    }

    [Theory]
    [InlineData("TasksTaskCheckListTree", "TasksTaskDelegateResultTaskCheckListTree", "TasksTaskApproveResultTaskCheckListTree")]
    [InlineData("ImbotV2ChatResult", "ImbotV2ChatUserDeleteResult", "ImbotV2ChatManagerAddResult")]
    [InlineData("CrmAddParams", "CrmDealAddParams", "CrmLeadAddParams")]
    [InlineData("CrmPhone", "CrmContactGetResultPhone", "CrmCompanyListItemPhone")]
    [InlineData("CrmContactGetResultWeb", "CrmContactGetResultPhone", "CrmContactGetResultWeb")] // nothing in common at the end: the shortest member's name
    [InlineData("CrmGetResult", "CrmDealGetResult", "CrmLeadGetResult")]
    [InlineData("CrmDealResult", "CrmDealResult", "CrmLeadResult")]         // only a place word in common, too few words before it
    [InlineData("DiskFileTaken", "DiskFileTaken", "DiskFolderTaken")]        // the common name is taken by another type
    public void A_shared_type_is_named_by_the_words_its_members_share(string expected, string first, string second) =>
        Assert.Equal(expected, TypeDeduplicator.SharedName([first, second], new HashSet<string>(StringComparer.Ordinal) { first, second, "DiskTaken" }));

    [Fact]
    public void Output_types_that_differ_only_in_nullability_merge_nullable_where_any_example_showed_null()
    {
        // tasks.task.stopwatch's example shows a task without a deadline; tasks.task.pin's (whose words are kept) shows one with it.
        var pin = Method("tasks.task.pin", "TasksTaskPinResult", Type("TasksTaskPinResult", Field("deadline", "string"), Field("id", "int")));
        var stopwatch = Method("tasks.task.stopwatch", "TasksTaskStopwatchResult", Type("TasksTaskStopwatchResult", Field("deadline", "string?"), Field("id", "int")));
        var input = new ImportedType("TasksTaskAddFields", "Input.", true, [Field("deadline", "string?")]);
        var other = new ImportedType("TasksTaskUpdateFields", "Input.", true, [Field("deadline", "string")]);

        var (_, shared) = TypeDeduplicator.Apply([pin with { Types = [.. pin.Types, input] }, stopwatch with { Types = [.. stopwatch.Types, other] }]);

        var task = Assert.Single(shared);
        Assert.Equal(("string?", "int"), (task.Fields.Single(f => f.WireName == "deadline").Type, task.Fields.Single(f => f.WireName == "id").Type));
        Assert.EndsWith("nullable-union", task.Fields.Single(f => f.WireName == "deadline").Rule, StringComparison.Ordinal);
    }

    private static ImportedMethod Method(string name, string? result, params ImportedType[] types) =>
        new(name, name.Split('.')[0], "Summary", "https://apidocs.bitrix24.com/x.html", "x.md", "read", [],
            result is null ? null : new ImportedResult(result, "result-table", string.Empty), types, []);

    private static ImportedType Type(string name, params ImportedField[] fields) => new(name, $"The type {name}.", false, fields);

    private static ImportedField Field(string wire, string type, string description = "") => new(wire, type, "doc-type", false, description);
}
