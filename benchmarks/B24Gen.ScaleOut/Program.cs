using System.Globalization;
using B24Gen;
using B24Gen.ScaleOut;

// dotnet run -c Release --project benchmarks/B24Gen.ScaleOut -- [--workers 4] [--calls 500] [--burst 50 --rate 2]
// Without arguments: the README's figures with the standard limit (about 35 minutes: 2,000 calls at 2 per second,
// twice). "worker" is how the coordinator starts its worker processes.
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = args.Length > 0 && args[0] == "worker" ? 1 : 0; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

if (args.Length > 0 && args[0] == "worker")
{
    return await Worker.RunAsync(options);
}

int Option(string name, int value) => options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : value;
var workers = Option("workers", 4);
var calls = Option("calls", 500);
var limit = new B24RateLimit(Option("burst", 50), options.TryGetValue("rate", out var rate) ? double.Parse(rate, CultureInfo.InvariantCulture) : 2);
await using var redis = await RedisServer.StartAsync();
Console.WriteLine($"{workers} worker processes x {calls} calls, limit {limit.Burst} at once and {limit.PerSecond}/s, redis-server on {redis.Configuration}");

var sharedRun = Scenarios.RequestLimitAsync(workers, calls, limit, shared: true, redis.Configuration);
var localRun = Scenarios.RequestLimitAsync(workers, calls, limit, shared: false, redis.Configuration);
foreach (var result in await Task.WhenAll(sharedRun, localRun))
{
    Console.WriteLine($"{(result.Shared ? "shared in Redis" : "per process   ")}: {result.Succeeded} ok, {result.Failed} failed, {result.OverLimitAnswers} QUERY_LIMIT_EXCEEDED answers, {result.PerSecondAfterBurst:0.00} calls/s after the burst ({result.PerSecondAfterBurst / limit.PerSecond:P1} of the limit), {result.Elapsed.TotalSeconds:0} s{(result.FirstError is { } e ? "; first error: " + e : "")}");
}

var refresh = await Scenarios.RefreshAsync(8, redis.Configuration);
Console.WriteLine($"expired token, {refresh.Workers} processes: {refresh.TokenRequests} request(s) to the OAuth server, {refresh.Refreshes} refresh(es), {refresh.Succeeded} ok, {refresh.Failed} failed{(refresh.FirstError is { } r ? "; first error: " + r : "")}");

var outage = await Scenarios.RedisOutageAsync(workers, Math.Min(calls, 60), limit, redis, killAfter: limit.Burst + 5, downFor: TimeSpan.FromSeconds(3));
Console.WriteLine($"redis killed and restarted 3 s later: {outage.Succeeded} ok, {outage.Failed} failed, {outage.OverLimitAnswers} QUERY_LIMIT_EXCEEDED answers, shared mode back {(outage.SharedBackAfter is { } b ? $"{b.TotalSeconds:0.0} s" : "never")} after the restart{(outage.FirstError is { } o ? "; first error: " + o : "")}");
return 0;
