using System.Collections.Generic;
using System.Threading;

namespace B24Gen.Testing;

/// <summary>The thread-safe log of <see cref="ExecutedCommand"/>s, in the order the handlers ran.</summary>
internal sealed class ExecutionLog
{
    private readonly Lock _gate = new();
    private readonly List<ExecutedCommand> _commands = [];

    public void Add(ExecutedCommand command)
    {
        lock (_gate)
        {
            _commands.Add(command);
        }
    }

    public IReadOnlyList<ExecutedCommand> Snapshot()
    {
        lock (_gate)
        {
            return _commands.ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _commands.Clear();
        }
    }
}
