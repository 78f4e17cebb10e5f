namespace B24Gen.Emulator.Handlers.Calendar;

/// <summary>Calendar settings: <c>calendar.user.settings.*</c> (and later <c>calendar.settings.get</c>).</summary>
internal static class CalendarSettingsMethods
{
    public static void Register(MethodRegistry registry)
    {
        registry.Register("calendar.user.settings.get", UserSettingsGet);
    }

    /// <summary>
    /// <c>calendar.user.settings.get</c> (docs: api-reference/calendar/calendar-user-settings-get.md): no
    /// parameters; the calling user's settings from <see cref="PortalState.CalendarUserSettings"/>.
    /// </summary>
    private static MethodResult UserSettingsGet(MethodCallContext context) =>
        MethodResult.Success(context.State.CalendarUserSettings.Get());
}
