using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace B24Gen.ScaleOut;

/// <summary>
/// A real redis-server on 127.0.0.1 and a free port, with no persistence, that a test can stop and start again (the
/// port stays). Installs the server with tools/redis/install.sh when it is missing and the tests run as root.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort());
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server (again) and returns once it answers PING.</summary>
    public async Task RestartAsync()
    {
        _process = Process.Start(new ProcessStartInfo(Binary.Value, $"--port {Port} --bind 127.0.0.1 --save \"\" --appendonly no --enable-debug-command local")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        // Ready when it answers: each attempt is a real connection, not a sleep.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync($"{Configuration},connectTimeout=500,abortConnect=true");
                await probe.GetDatabase().PingAsync();
                return;
            }
            catch (RedisConnectionException) when (attempt < 100 && !_process.HasExited)
            {
            }
        }
    }

    /// <summary>Kills the server, as a crash would.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
    }

    private static readonly Lazy<string> Binary = new(FindOrInstall);

    private static string FindOrInstall()
    {
        if (Environment.GetEnvironmentVariable("B24GEN_REDIS_SERVER") is { Length: > 0 } configured)
        {
            return configured;
        }

        if (Find() is { } found)
        {
            return found;
        }

        if (Environment.UserName == "root")
        {
            var root = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(root, "B24Gen.sln")))
            {
                root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("B24Gen.sln not found");
            }

            using var install = Process.Start("bash", Path.Combine(root, "tools", "redis", "install.sh"));
            install.WaitForExit();
        }

        return Find() ?? throw new InvalidOperationException("redis-server is not installed: run tools/redis/install.sh (as root), or set B24GEN_REDIS_SERVER to its path.");
    }

    private static string? Find() => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator)
        .Append("/usr/bin")
        .Select(dir => Path.Combine(dir, "redis-server"))
        .FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
