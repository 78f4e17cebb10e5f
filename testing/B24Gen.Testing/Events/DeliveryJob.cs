using System.Threading.Tasks;

namespace B24Gen.Testing;

/// <summary>One POST waiting in a handler's lane; <see cref="Completion"/> ends with its <see cref="EventDelivery"/>.</summary>
/// <param name="Code">The event code.</param>
/// <param name="HandlerId">The binding's ID.</param>
/// <param name="HandlerUrl">Where to POST.</param>
/// <param name="Body">The form body.</param>
/// <param name="IsRedelivery">Whether this is a deliberate duplicate.</param>
internal sealed record DeliveryJob(string Code, long HandlerId, string HandlerUrl, string Body, bool IsRedelivery)
{
    public TaskCompletionSource<EventDelivery> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
