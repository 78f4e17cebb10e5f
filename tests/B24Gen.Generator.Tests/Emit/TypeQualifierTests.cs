using B24Gen.Generator.Emit;

namespace B24Gen.Generator.Tests.Emit;

/// <summary>Which namespace a schema type's name is qualified with: the build's own, or the precompiled stock API's.</summary>
public class TypeQualifierTests
{
    [Fact]
    public void Own_types_get_the_generated_namespace()
    {
        var qualifier = new TypeQualifier("global::MyApp.Bitrix.");

        Assert.Equal("global::MyApp.Bitrix.", qualifier.For("CrmDeal"));
        Assert.Equal("global::MyApp.Bitrix.", (string)qualifier);
        Assert.Equal("global::MyApp.Bitrix.", qualifier.ToString());
    }

    [Fact]
    public void Stock_types_get_the_stock_namespace_by_exact_name()
    {
        var qualifier = new TypeQualifier("global::MyApp.", ["CrmDeal", "CalendarEvent"]);

        Assert.Equal(TypeQualifier.Stock, qualifier.For("CrmDeal"));
        Assert.Equal(TypeQualifier.Stock, qualifier.For("CalendarEvent"));
        Assert.Equal("global::MyApp.", qualifier.For("crmDeal"));
        Assert.Equal("global::MyApp.", qualifier.For("MyDeal"));
        Assert.Equal("global::MyApp.", (string)qualifier);
        Assert.Equal("global::B24Gen.Api.", TypeQualifier.Stock);
    }
}
