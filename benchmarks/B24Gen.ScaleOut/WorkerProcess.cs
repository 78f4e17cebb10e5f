using System.Diagnostics;
using System.Text.Json;

namespace B24Gen.ScaleOut;

/// <summary>A worker started as a process of its own (this program with <c>worker</c>), released by <see cref="Go"/>.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;

    private WorkerProcess(Process process)
    {
        _process = process;
        _output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
    }

    public static WorkerProcess Start(IEnumerable<(string Key, string Value)> args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(WorkerProcess).Assembly.Location);
        info.ArgumentList.Add("worker");
        foreach (var (key, value) in args)
        {
            info.ArgumentList.Add("--" + key);
            info.ArgumentList.Add(value);
        }

        return new WorkerProcess(Process.Start(info)!);
    }

    /// <summary>Lets the worker start its calls.</summary>
    public async Task Go() => await _process.StandardInput.WriteLineAsync("go");

    public async Task<WorkerResult> ResultAsync()
    {
        var output = await _output;
        await _process.WaitForExitAsync();
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(l => l.StartsWith('{'))
            ?? throw new InvalidOperationException($"A worker ended with code {_process.ExitCode} and no result: {output}");
        return JsonSerializer.Deserialize(line, WorkerJson.Default.WorkerResult)!;
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
