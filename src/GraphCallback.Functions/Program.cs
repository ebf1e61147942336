using GraphCallback.Functions;
using GraphCallback.Functions.Capture;

if (args is [ConnectCommand.Verb, ..])
{
    return await ConnectCommand.RunAsync(args, Console.Out);
}

var app = FunctionsApp.Build(FunctionsApp.CreateBuilder(args));
await app.RunAsync();
return 0;
