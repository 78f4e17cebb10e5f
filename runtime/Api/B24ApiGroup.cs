using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using System.Threading;

namespace B24Gen;

/// <summary>
/// A node of the typed API (<c>api.Calendar</c>, <c>api.Calendar.Section</c>): the client its calls go through, and
/// the groups attached below it. Scopes and groups attach themselves with extension members, so the precompiled
/// stock API and the API generated from a project's own YAML hang from the same tree.
/// </summary>
public abstract class B24ApiGroup
{
    private ConcurrentDictionary<Type, B24ApiGroup>? _children;

    /// <summary>Creates a group whose calls go through <paramref name="client"/>.</summary>
    /// <param name="client">The client: portal address, credentials, transport.</param>
    protected B24ApiGroup(B24Client client)
    {
        ArgumentNullException.ThrowIfNull(client);
        Client = client;
    }

    /// <summary>The client that sends the calls.</summary>
    public B24Client Client { get; }

    /// <summary>
    /// The child group of type <typeparamref name="TGroup"/>, made once per parent: generated code calls this from the
    /// extension property that attaches a group (<c>api.Calendar</c>), so navigating the tree allocates nothing.
    /// </summary>
    /// <typeparam name="TGroup">The child group's type.</typeparam>
    /// <param name="create">Makes the group over this group's client (a static lambda).</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TGroup GetOrAddChild<TGroup>(Func<B24Client, TGroup> create)
        where TGroup : B24ApiGroup
    {
        ArgumentNullException.ThrowIfNull(create);
        var children = _children ?? Interlocked.CompareExchange(ref _children, new(), null) ?? _children;
        return (TGroup)children.GetOrAdd(typeof(TGroup), static (_, state) => state.create(state.client), (create, client: Client));
    }
}
