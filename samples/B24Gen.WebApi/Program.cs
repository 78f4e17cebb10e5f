// B24Gen in an ASP.NET Core minimal API: the portal from configuration, injected where it is used.
//   dotnet run --project samples/B24Gen.WebApi                                    -> the local portal emulator
//   dotnet run --project samples/B24Gen.WebApi -- --B24:WebhookUrl=https://your.bitrix24.com/rest/1/code/
//   then: curl http://localhost:5080/deals   and   curl http://localhost:5080/summary
await using var app = await B24Gen.WebApi.PortalApp.BuildAsync(args);
await app.RunAsync();
