using System.Collections.Generic;

namespace B24Gen;

/// <summary>
/// What <see cref="B24EventBindings.SyncAsync"/> did to one handler URL's bindings on a portal: the codes it bound, the
/// ones it unbound because no handler wants them any more, and the ones already bound and kept. A second sync with the
/// same codes binds and unbinds nothing.
/// </summary>
public sealed class B24EventBindingChanges
{
    internal B24EventBindingChanges(IReadOnlyList<string> bound, IReadOnlyList<string> unbound, IReadOnlyList<string> kept)
    {
        Bound = bound;
        Unbound = unbound;
        Kept = kept;
    }

    /// <summary>The codes newly bound (<c>event.bind</c>), upper case, in the order asked for.</summary>
    public IReadOnlyList<string> Bound { get; }

    /// <summary>The codes this handler URL was bound to and no longer wanted (<c>event.unbind</c>), as the portal listed them.</summary>
    public IReadOnlyList<string> Unbound { get; }

    /// <summary>The codes that were bound already and are still wanted, upper case.</summary>
    public IReadOnlyList<string> Kept { get; }

    /// <summary>Whether anything was bound or unbound.</summary>
    public bool Changed => Bound.Count > 0 || Unbound.Count > 0;

    /// <summary>The codes of each kind: <c>bound ONCRMDEALADD; unbound none; kept ONCALENDARENTRYADD</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"bound {List(Bound)}; unbound {List(Unbound)}; kept {List(Kept)}";

    private static string List(IReadOnlyList<string> codes) => codes.Count == 0 ? "none" : string.Join(", ", codes);
}
