namespace B24Gen.Runtime.Tests;

/// <summary>The rules of <see cref="SecretRedactor"/> itself; <see cref="SecretRedactionTests"/> checks them end to end.</summary>
public sealed class SecretRedactorTests
{
    [Fact]
    public void A_secret_that_contains_another_is_masked_whole()
    {
        // Masking the shorter one first would leave "***5678" and show the rest of the longer secret.
        var redactor = new SecretRedactor("abcd", "abcd5678");
        redactor.Add("xabcd5678y");

        Assert.Equal("key=*** and ***", redactor.Redact("key=xabcd5678y and abcd5678"));
        Assert.Equal("***", redactor.Redact("abcd"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("abc")]
    public void Secrets_shorter_than_four_characters_are_not_masked(string? secret) =>
        // Masking every "abc" of every message would hide more than it protects: such a secret is not a real one.
        Assert.Equal("abc abcd", new SecretRedactor(secret).Redact("abc abcd"));

    [Fact]
    public void A_secret_of_four_characters_is_masked() =>
        Assert.Equal("*** ***x", new SecretRedactor("wxyz").Redact("wxyz wxyzx"));

    [Fact]
    public void The_url_escaped_form_is_masked_too()
    {
        var redactor = new SecretRedactor("a/b+c=d");

        Assert.Equal("url ?auth=*** body ***", redactor.Redact("url ?auth=a%2Fb%2Bc%3Dd body a/b+c=d"));
    }

    [Fact]
    public void A_secret_added_later_is_masked_from_then_on()
    {
        var redactor = new SecretRedactor("first-token");
        Assert.Equal("second-token", redactor.Redact("second-token"));

        redactor.Add("second-token");

        Assert.Equal("*** ***", redactor.Redact("first-token second-token"));
    }

    [Fact]
    public void Null_text_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => new SecretRedactor("abcd").Redact(null!));
}
