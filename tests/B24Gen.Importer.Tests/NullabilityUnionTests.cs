using B24Gen.Importer.Import;

namespace B24Gen.Importer.Tests;

public class NullabilityUnionTests
{
    private static readonly string[] s_taskFields = ["id", "title", "parentId", "deadline", "status", "responsibleId"];

    [Fact]
    public void A_field_another_description_of_the_same_object_shows_null_is_nullable()
    {
        // tasks.task.add's example has "parentId": null (int?) and "deadline": null (any, nothing else to go on);
        // tasks.task.stopwatch's has a parent and a deadline.
        var add = Method("tasks.task.add", Task("TasksTaskAddResultTask", ("parentId", "int?", "nullable-example"), ("deadline", "any", "unknown")));
        var stopwatch = Method("tasks.task.stopwatch", Task("TasksTaskStopwatchResultTask", ("parentId", "int", "example"), ("deadline", "string", "example")));

        var methods = NullabilityUnion.Apply([add, stopwatch]);

        var task = methods[1].Types.Single();
        Assert.Equal(("int?", "example, nullable-union"), Field(task, "parentId"));
        Assert.Equal(("string?", "example, nullable-union"), Field(task, "deadline"));
        Assert.Equal(("int", "doc-type"), Field(task, "id"));
        Assert.Equal(("any", "unknown"), Field(methods[0].Types.Single(), "deadline"));
    }

    [Fact]
    public void Types_that_share_few_fields_or_are_input_types_are_left_alone()
    {
        var small = Method("crm.a.get", new ImportedType("CrmAResult", "A.", false, [new("id", "int", "doc-type", false, ""), new("parentId", "int", "example", false, "")]));
        var nulls = Method("crm.b.get", new ImportedType("CrmBResult", "B.", false, [new("id", "int", "doc-type", false, ""), new("parentId", "int?", "nullable-example", false, "")]));
        var input = Method("tasks.task.update", Task("TasksTaskUpdateFields", ("parentId", "int", "example"), ("deadline", "string", "example")) with { IsInput = true });
        var shown = Method("tasks.task.add", Task("TasksTaskAddResultTask", ("parentId", "int?", "nullable-example"), ("deadline", "string?", "nullable-example")));

        var methods = NullabilityUnion.Apply([small, nulls, input, shown]);

        Assert.Equal("int", methods[0].Types.Single().Fields[1].Type);
        Assert.Equal("int", methods[2].Types.Single().Fields.Single(f => f.WireName == "parentId").Type);
    }

    private static ImportedType Task(string name, params (string Wire, string Type, string Rule)[] overrides) =>
        new(name, "A task.", false, [.. s_taskFields.Select(w => overrides.FirstOrDefault(o => o.Wire == w) is { Wire: not null } o
            ? new ImportedField(w, o.Type, o.Rule, false, string.Empty)
            : new ImportedField(w, w == "title" ? "string" : "int", "doc-type", false, string.Empty))]);

    private static ImportedMethod Method(string name, ImportedType type) =>
        new(name, name.Split('.')[0], "Summary", "https://apidocs.bitrix24.com/x.html", "x.md", "read", [], new ImportedResult(type.Name, "result-table", string.Empty), [type], []);

    private static (string, string) Field(ImportedType type, string wire) => type.Fields.Single(f => f.WireName == wire) is var f ? (f.Type, f.Rule) : default;
}
