using System.Globalization;
using B24Gen.Api;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.WebUtilities;

namespace B24Gen.Benchmarks.Events;

/// <summary>
/// What an event handler does with the portal's POST before any work: read the form, check the application token, get
/// the deal's ID. Baseline: what a developer writes by hand with ASP.NET Core's own form reader (a flat dictionary of
/// PHP-style keys, an ordinal string comparison of the token, <c>long.Parse</c> of one key). Target: B24Gen's
/// <see cref="B24EventEnvelope.FromForm"/>, the constant-time token check and the generated event's typed data.
/// </summary>
[MemoryDiagnoser]
public class EventReceivingBenchmarks
{
    private const string Token = "51856fefc120afa4b628cc82d3935cce";

    private static readonly B24EventHandlers s_handlers = new B24EventHandlers().On<CrmDealUpdateEvent>((_, _, _) => Task.CompletedTask);

    // ONCRMDEALUPDATE as a portal sends it (the docs' example, form-encoded): 9 auth keys, one data key.
    private readonly string _body =
        "event=ONCRMDEALUPDATE&event_handler_id=185&data%5BFIELDS%5D%5BID%5D=7405&ts=1766047124"
        + "&auth%5Baccess_token%5D=s6p6eclrvim6da22ft9ch94ekreb52lv&auth%5Bexpires_in%5D=3600&auth%5Bscope%5D=crm"
        + "&auth%5Bdomain%5D=some-domain.bitrix24.com&auth%5Bserver_endpoint%5D=https%3A%2F%2Foauth.bitrix.info%2Frest%2F"
        + "&auth%5Bstatus%5D=L&auth%5Bclient_endpoint%5D=https%3A%2F%2Fsome-domain.bitrix24.com%2Frest%2F"
        + "&auth%5Bmember_id%5D=d897063e1ce7c5eb9f04b9751eef5915&auth%5Bapplication_token%5D=" + Token;

    [Benchmark(Baseline = true, Description = "Hand-written: QueryHelpers.ParseQuery, string ==, long.Parse")]
    public long HandWritten()
    {
        var form = QueryHelpers.ParseQuery(_body);
        if (form["auth[application_token]"] != Token || form["event"] != "ONCRMDEALUPDATE")
        {
            throw new InvalidOperationException("Not ours.");
        }

        return long.Parse(form["data[FIELDS][ID]"]!, CultureInfo.InvariantCulture);
    }

    [Benchmark(Description = "B24Gen: FromForm, constant-time token, typed CrmDealUpdateEvent")]
    public long Typed()
    {
        var envelope = B24EventEnvelope.FromForm(_body);
        if (!envelope.Auth.HasApplicationToken(Token))
        {
            throw new InvalidOperationException("Not ours.");
        }

        return ((CrmDealUpdateEvent)s_handlers.Read(envelope)).Data.Fields.Id;
    }
}
