using System.Diagnostics;

namespace B24Gen.Runtime.Tests.Events.Offline;

/// <summary>
/// tests/B24Gen.OfflineConsumer run as a process of its own (its dll is copied beside the tests by the project
/// reference), read line by line: what it handled, and when it is stuck in a handler.
/// </summary>
internal sealed class ConsumerProcess : IDisposable
{
    private readonly Process _process;

    private ConsumerProcess(Process process) => _process = process;

    /// <summary>The entry ids it printed <c>handled</c> for, in order.</summary>
    public List<int> Handled { get; } = [];

    public static ConsumerProcess Start(string endpoint, string token, string stateFile, int batchSize, int? blockAt)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "B24Gen.OfflineConsumer.dll"));
        foreach (var argument in new[] { "--endpoint", endpoint, "--token", token, "--state", stateFile, "--batch-size", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(argument);
        }

        if (blockAt is { } id)
        {
            info.ArgumentList.Add("--block-at");
            info.ArgumentList.Add(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var process = Process.Start(info)!;
        _ = process.StandardError.ReadToEndAsync();
        return new ConsumerProcess(process);
    }

    /// <summary>Reads its output until a line equals <paramref name="line"/> (e.g. <c>handling 4</c>); false when it ended first.</summary>
    public async Task<bool> ReadUntilAsync(string line, CancellationToken cancellationToken)
    {
        while (await _process.StandardOutput.ReadLineAsync(cancellationToken) is { } text)
        {
            if (text.StartsWith("handled ", StringComparison.Ordinal))
            {
                Handled.Add(int.Parse(text["handled ".Length..], System.Globalization.CultureInfo.InvariantCulture));
            }

            if (text == line)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Kills it and whatever it started, as a crash or an OOM kill would.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for it to end on its own; its exit code.</summary>
    public async Task<int> ExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
