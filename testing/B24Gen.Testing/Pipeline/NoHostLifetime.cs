using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace B24Gen.Testing;

/// <summary>
/// A host lifetime that does nothing. The default console lifetime would hook Ctrl+C and SIGTERM for every
/// emulator in the process; the emulator's owner controls its lifetime through <see cref="PortalEmulator.DisposeAsync"/>.
/// </summary>
internal sealed class NoHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
