using System.Collections.Generic;
using B24Gen.Generator.Model;

namespace B24Gen.Generator.Emit;

/// <summary>
/// Emits an event's class: a <c>B24Event&lt;{Name}EventData&gt;</c> that knows its own event type (code, scope, how its
/// data is read), so handlers register by the class alone (<c>handlers.On&lt;CalendarEntryAddEvent&gt;(...)</c>). Its data
/// type is the file's <c>{Name}EventData</c>, emitted as any result type.
/// </summary>
internal static class EventEmitter
{
    public static void Emit(IndentedWriter code, EventModel @event, EmitContext context)
    {
        var name = @event.ClassName;
        var data = context.Qualifier + @event.DataTypeName;
        var summary = DocComments.Text(@event.Summary);
        DocComments.Summary(code, summary.Length == 0 ? $"The event <c>{@event.Code}</c>." : summary);
        // One paragraph per line; a description's own line breaks (and U+2028, which ends a C# line) become doc lines.
        DocComments.Remarks(code, string.Join("\n", Remarks(@event)));
        code.Line(GlobalNames.GeneratedCode);
        code.Open($"{context.Visibility} sealed partial class {name} : global::B24Gen.B24Event<{data}>, global::B24Gen.IB24Event<{context.Qualifier}{name}>");
        DocComments.Summary(code, "The event's code, upper case as the portal sends it and as <c>event.bind</c> takes it.");
        code.Line($"public const string EventCode = {DocComments.Literal(@event.Code)};");
        code.Line();
        DocComments.Summary(code, "The event's code, scope and how its data is read: what handlers and bindings use.");
        code.Line($"public static global::B24Gen.B24EventType<{context.Qualifier}{name}> EventType {{ get; }} = global::B24Gen.B24EventType.Create<{context.Qualifier}{name}, {data}>(");
        code.Indent();
        code.Line("EventCode,");
        code.Line($"{DocComments.Literal(@event.Scope)},");
        code.Line($"{data}.JsonType,");
        code.Line($"static (envelope, data) => new {context.Qualifier}{name}(envelope, data));");
        code.Outdent();
        code.Line();
        code.Line($"private {name}(global::B24Gen.B24EventEnvelope envelope, {data} data)");
        code.Line("    : base(envelope, data)");
        code.Line("{");
        code.Line("}");
        code.Close();
    }

    private static IEnumerable<string> Remarks(EventModel @event)
    {
        var scope = DocComments.Text(@event.Scope) is { Length: > 0 } text ? $", scope <c>{text}</c>" : string.Empty;
        yield return $"<para>Event <c>{@event.Code}</c>{scope}. Handle it with <c>On&lt;{@event.ClassName}&gt;</c>; the portal sends it to the handlers bound with <c>event.bind</c>.</para>";
        if (DocComments.Text(@event.Description) is { Length: > 0 } description)
        {
            yield return $"<para>{description}</para>";
        }

        yield return @event.Auth switch
        {
            EventAuthKind.Refresh => "<para><see cref=\"global::B24Gen.B24Event.Auth\"/> carries the acting user's access token and a refresh token.</para>",
            EventAuthKind.None => "<para><see cref=\"global::B24Gen.B24Event.Auth\"/> carries no tokens: only the portal and the application token.</para>",
            _ => "<para><see cref=\"global::B24Gen.B24Event.Auth\"/> carries the acting user's access token when a user's action raised the event (not for robots, workflows or webhooks).</para>",
        };
        if (@event.Docs is { Length: > 0 } docs)
        {
            // A backtick is a URL's character, not a code span (which would put <c> in the attribute): percent-encoded.
            yield return $"<para>Documentation: <see href=\"{DocComments.Attribute(docs.Replace("`", "%60"))}\"/>.</para>";
        }
    }
}
