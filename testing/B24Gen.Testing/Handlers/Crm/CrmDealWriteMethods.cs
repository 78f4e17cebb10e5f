using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Crm;

/// <summary>
/// <c>crm.deal.add</c>, <c>crm.deal.update</c> and <c>crm.deal.delete</c> (docs:
/// api-reference/crm/deals/) on <see cref="PortalState.CrmDeals"/>, with the docs' answers and error texts. Each
/// successful change raises its portal event with <c>data: {"FIELDS": {"ID": id}}</c> (docs: crm/deals/events/).
/// The emulator has no CRM permissions, so nobody is refused.
/// </summary>
internal static class CrmDealWriteMethods
{
    public static void Register(MethodRegistry registry)
    {
        registry.Register("crm.deal.add", Add);
        registry.Register("crm.deal.update", Update);
        registry.Register("crm.deal.delete", Delete);
    }

    /// <summary><c>crm.deal.add</c> (crm-deal-add.md): a new deal from <c>fields</c> and the defaults; answers its ID as a number.</summary>
    private static MethodResult Add(MethodCallContext context)
    {
        var fields = CrmParameters.RequireArray(context.Parameters, "fields");
        _ = CrmParameters.RequireArray(context.Parameters, "params");
        var id = context.State.CrmDeals.Add(newId => CrmDealFields.New(newId, fields, context.UserId, context.Now));
        Raise(context, EventCatalog.CrmDealAdd, id);
        return MethodResult.Success(id);
    }

    /// <summary><c>crm.deal.update</c> (crm-deal-update.md): changes only the sent fields; answers <c>true</c>.</summary>
    private static MethodResult Update(MethodCallContext context)
    {
        var id = CrmParameters.RequireId(context.Parameters);
        var fields = CrmParameters.RequireArray(context.Parameters, "fields");
        _ = CrmParameters.RequireArray(context.Parameters, "params");
        if (!context.State.CrmDeals.Update(id, deal => CrmDealFields.Apply(deal, fields, context.UserId, context.Now)))
        {
            throw CrmParameters.NotFound();
        }

        Raise(context, EventCatalog.CrmDealUpdate, id);
        return MethodResult.Success(true);
    }

    /// <summary><c>crm.deal.delete</c> (crm-deal-delete.md): answers <c>true</c>.</summary>
    private static MethodResult Delete(MethodCallContext context)
    {
        var id = CrmParameters.RequireId(context.Parameters);
        if (!context.State.CrmDeals.Remove(id))
        {
            throw CrmParameters.NotFound();
        }

        Raise(context, EventCatalog.CrmDealDelete, id);
        return MethodResult.Success(true);
    }

    private static void Raise(MethodCallContext context, string code, long id) =>
        context.RaiseEvent(code, new JsonObject { ["FIELDS"] = new JsonObject { ["ID"] = id } });
}
