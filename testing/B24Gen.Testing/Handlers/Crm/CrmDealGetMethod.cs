namespace B24Gen.Testing.Handlers.Crm;

/// <summary>
/// <c>crm.deal.get</c> (docs: api-reference/crm/deals/crm-deal-get.md): one deal of <see cref="PortalState.CrmDeals"/>,
/// all fields, as <c>crm.deal.list</c> lists it; <c>ID is not defined or invalid.</c> and <c>Not found</c> as documented.
/// </summary>
internal static class CrmDealGetMethod
{
    public static MethodResult Get(MethodCallContext context)
    {
        var id = CrmParameters.RequireId(context.Parameters);
        return MethodResult.Success(context.State.CrmDeals.Get(id) ?? throw CrmParameters.NotFound());
    }
}
