using B24Gen.Importer.Shipping;

namespace B24Gen.Importer.Tests;

public class StockShipmentTests
{
    private const string Mark = "# Imported by tools/B24Gen.Importer from x.md.\n";

    [Fact]
    public void Imported_files_ship_beside_hand_written_ones_which_win_and_each_folder_gets_a_project()
    {
        using var repo = new TempFolder();
        var (imported, schema, stock) = Layout(repo.Path);
        Write(imported, "crm/crm.deal.get.yaml", Mark + "method: crm.deal.get\n");
        Write(imported, "crm/crm.deal.list.yaml", Mark + "method: crm.deal.list\nsummary: imported\n");
        Write(imported, "crm/crm.shared-types.yaml", "# Written by tools/B24Gen.Importer (x)\ntypes: {}\n");
        Write(imported, "calendar/calendar.section.get.yaml", Mark + "method: calendar.section.get\n");
        Write(imported, "sonet_group/sonet_group.create.yaml", Mark + "method: sonet_group.create\n");
        Write(schema, "crm/crm.deal.list.yaml", "method: crm.deal.list\nsummary: by hand\n");
        Write(schema, "calendar/calendar.section.get.yaml", "method: calendar.section.get\n");
        Write(stock, "B24Gen.Api.Crm/B24Gen.Api.Crm.csproj", "<Project>hand-written</Project>\n");

        Assert.NotEmpty(StockShipment.Sync(imported, schema, stock, check: false));

        Assert.Equal("method: crm.deal.list\nsummary: by hand\n", File.ReadAllText(Path.Combine(schema, "crm/crm.deal.list.yaml")));
        Assert.True(File.Exists(Path.Combine(schema, "crm/crm.deal.get.yaml")));
        Assert.True(File.Exists(Path.Combine(schema, "crm/crm.shared-types.yaml")));
        Assert.Equal(["calendar.section.get.yaml"], Directory.GetFiles(Path.Combine(schema, "calendar")).Select(Path.GetFileName));
        Assert.Equal("<Project>hand-written</Project>\n", File.ReadAllText(Path.Combine(stock, "B24Gen.Api.Crm/B24Gen.Api.Crm.csproj")));
        var project = File.ReadAllText(Path.Combine(stock, "B24Gen.Api.SonetGroup/B24Gen.Api.SonetGroup.csproj"));
        Assert.Contains("<B24GenStockScope>sonet_group</B24GenStockScope>", project, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(stock, "B24Gen.Api.Calendar")));
        Assert.Empty(StockShipment.Sync(imported, schema, stock, check: true));
    }

    [Fact]
    public void Check_reports_changed_missing_and_stale_files_and_writes_nothing()
    {
        using var repo = new TempFolder();
        var (imported, schema, stock) = Layout(repo.Path);
        Write(imported, "tasks/tasks.task.get.yaml", Mark + "method: tasks.task.get\n");
        Write(imported, "tasks/tasks.task.list.yaml", Mark + "method: tasks.task.list\n");
        StockShipment.Sync(imported, schema, stock, check: false);
        File.WriteAllText(Path.Combine(schema, "tasks/tasks.task.get.yaml"), Mark + "method: tasks.task.get\nsummary: edited\n");
        File.Delete(Path.Combine(imported, "tasks/tasks.task.list.yaml"));
        Write(imported, "tasks/tasks.task.add.yaml", Mark + "method: tasks.task.add\n");

        var differences = StockShipment.Sync(imported, schema, stock, check: true);

        Assert.Equal(3, differences.Count);
        Assert.Contains(differences, d => d.EndsWith("tasks.task.add.yaml: missing", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.EndsWith("tasks.task.get.yaml: differs from the import", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.EndsWith("tasks.task.list.yaml: no longer imported", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(schema, "tasks/tasks.task.list.yaml")));

        StockShipment.Sync(imported, schema, stock, check: false);

        Assert.False(File.Exists(Path.Combine(schema, "tasks/tasks.task.list.yaml")));
        Assert.Empty(StockShipment.Sync(imported, schema, stock, check: true));
    }

    private static (string Imported, string Schema, string Stock) Layout(string root) =>
        (Path.Combine(root, "imported"), Path.Combine(root, "schema"), Path.Combine(root, "stock"));

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
