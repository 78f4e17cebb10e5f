using System.Text.Json;
using System.Text.Json.Nodes;

namespace B24Gen.Testing.Handlers.Calendar;

/// <summary>
/// Calendar settings: <c>calendar.settings.get</c> (portal-wide, read-only over REST) and
/// <c>calendar.user.settings.get/set</c> (the calling user's), backed by <see cref="PortalState.CalendarSettings"/>
/// and <see cref="PortalState.CalendarUserSettings"/>.
/// </summary>
internal static class CalendarSettingsMethods
{
    /// <summary><c>Y</c>/<c>N</c> string settings.</summary>
    private static readonly string[] YesNoKeys = ["collapseOffHours", "showWeekNumbers", "showTasks", "syncTasks", "showCompletedTasks"];

    /// <summary>JSON boolean settings.</summary>
    private static readonly string[] BooleanKeys = ["showDeclined", "denyBusyInvitation"];

    /// <summary>Plain string settings (IDs and month counts included: the docs show them as strings).</summary>
    private static readonly string[] StringKeys = ["view", "meetSection", "crmSection", "lastUsedSection", "sendFromEmail", "syncPeriodPast", "syncPeriodFuture"];

    /// <summary>The two reminder lists of <c>defaultReminders</c>.</summary>
    private static readonly string[] ReminderKeys = ["fullDay", "withTime"];

    public static void Register(MethodRegistry registry)
    {
        registry.Register("calendar.settings.get", SettingsGet);
        registry.Register("calendar.user.settings.get", UserSettingsGet);
        registry.Register("calendar.user.settings.set", UserSettingsSet);
    }

    /// <summary>
    /// <c>calendar.settings.get</c> (docs: api-reference/calendar/calendar-settings-get.md): no parameters; the
    /// portal's settings from <see cref="PortalState.CalendarSettings"/>, as the docs' example shows them
    /// (<c>"work_time_start": "9"</c>, <c>"pathes_for_sites": ""</c>, <c>"denied_superpose_types": []</c>).
    /// </summary>
    private static MethodResult SettingsGet(MethodCallContext context) =>
        MethodResult.Success(context.State.CalendarSettings.Get());

    /// <summary>
    /// <c>calendar.user.settings.get</c> (docs: api-reference/calendar/calendar-user-settings-get.md): no
    /// parameters; the calling user's settings from <see cref="PortalState.CalendarUserSettings"/>.
    /// </summary>
    private static MethodResult UserSettingsGet(MethodCallContext context) =>
        MethodResult.Success(context.State.CalendarUserSettings.Get());

    /// <summary>
    /// <c>calendar.user.settings.set</c> (docs: api-reference/calendar/calendar-user-settings-set.md): merges the
    /// known keys of <c>settings</c> into the stored block and answers <c>true</c>. Values are stored in the
    /// encodings <c>get</c> answers with, whatever the caller sent: <c>meetSection</c>, <c>syncPeriodPast</c> and the
    /// other IDs/counts as strings (<c>4</c> becomes <c>"4"</c>), <c>showDeclined</c>/<c>denyBusyInvitation</c> as
    /// JSON booleans, the <c>Y</c>/<c>N</c> settings as <c>"Y"</c>/<c>"N"</c>, <c>defaultSections</c> values as
    /// strings. <c>defaultSections</c> is replaced as a whole; in <c>defaultReminders</c> each given list
    /// (<c>fullDay</c>, <c>withTime</c>) is replaced. Unknown keys and the read-only ones (<c>timezoneName</c>,
    /// <c>timezoneOffsetUTC</c>, <c>timezoneDefaultName</c>, <c>work_time_start</c>, <c>work_time_end</c>) are ignored.
    /// </summary>
    private static MethodResult UserSettingsSet(MethodCallContext context)
    {
        // PHP sees {} and [] alike (an empty array), so both count as "not set", like a missing or scalar value.
        // A non-empty list has no known keys: accepted, nothing changes.
        if (context.Parameters.GetObject("settings") is not { Count: > 0 } settings)
        {
            return context.Parameters.GetArray("settings") is { Count: > 0 }
                ? MethodResult.Success(true)
                : CalendarScope.RequiredParameterMissing("settings", context.Method);
        }

        context.State.CalendarUserSettings.Update(stored => Merge(stored, settings));
        return MethodResult.Success(true);
    }

    private static void Merge(JsonObject stored, JsonObject settings)
    {
        foreach (var key in StringKeys)
        {
            if (ParameterReader.ToScalarString(settings[key]) is { } text)
            {
                stored[key] = text;
            }
        }

        foreach (var key in BooleanKeys)
        {
            if (CalendarSectionAccess.ToBoolean(settings[key]) is { } flag)
            {
                stored[key] = flag;
            }
        }

        foreach (var key in YesNoKeys)
        {
            if (CalendarSectionAccess.ToBoolean(settings[key]) is { } flag)
            {
                stored[key] = flag ? "Y" : "N";
            }
        }

        if (settings["defaultSections"] is JsonObject or JsonArray)
        {
            stored["defaultSections"] = DefaultSections(settings["defaultSections"]!);
        }

        if (settings["defaultReminders"] is JsonObject reminders)
        {
            var target = stored["defaultReminders"] as JsonObject ?? [];
            foreach (var key in ReminderKeys)
            {
                if (reminders[key] is JsonArray list)
                {
                    target[key] = Reminders(list);
                }
            }

            stored["defaultReminders"] = target.DeepClone();
        }
    }

    /// <summary><c>{"user1": "4"}</c>: values as strings; an empty map is written as <c>[]</c>, as PHP does.</summary>
    private static JsonNode DefaultSections(JsonNode given)
    {
        var result = new JsonObject();
        if (given is JsonObject map)
        {
            foreach (var (key, value) in map)
            {
                if (ParameterReader.ToScalarString(value) is { } text)
                {
                    result[key] = text;
                }
            }
        }

        return result.Count == 0 ? new JsonArray() : result;
    }

    /// <summary>Reminders as <c>get</c> shows them: <c>{"type": "min", "count": 15}</c> with a numeric count.</summary>
    private static JsonArray Reminders(JsonArray given)
    {
        var result = new JsonArray();
        foreach (var item in given)
        {
            if (item is JsonObject reminder)
            {
                result.Add(new JsonObject
                {
                    ["type"] = ParameterReader.ToScalarString(reminder["type"]) ?? "min",
                    ["count"] = reminder["count"]?.GetValueKind() is JsonValueKind.Number or JsonValueKind.String
                        ? ParameterReader.ToInt64(reminder["count"])
                        : 0,
                });
            }
        }

        return result;
    }
}
