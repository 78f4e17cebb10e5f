namespace B24Gen.Testing.Handlers.Crm;

/// <summary>
/// The <c>crm</c> scope: registers its methods and holds the conventions they share. The deal methods report
/// errors as HTTP 400 with an empty <c>error</c> code, like the docs' deal pages.
/// </summary>
internal static class CrmScope
{
    public static void Register(MethodRegistry registry)
    {
        registry.Register("crm.deal.list", CrmDealListMethod.List);
        registry.Register("crm.deal.get", CrmDealGetMethod.Get);
        CrmDealWriteMethods.Register(registry);
    }

    /// <summary>An error as the deal methods report it: HTTP 400, <c>"error": ""</c>.</summary>
    public static MethodResult Error(string description) => MethodResult.Error(400, "", description);
}
