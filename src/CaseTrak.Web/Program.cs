using CaseTrak.Web;
using CaseTrak.Web.Platform.Cli;

// The same binary serves the app and runs operator commands (API.md: `firm create`, `audit verify`).
if (OperatorCommands.IsCommand(args))
    return await OperatorCommands.RunAsync(args);

var app = CaseTrakApp.Build(args);
await app.RunAsync();
return 0;

public partial class Program;
