using GraphCallback.Functions;
using GraphCallback.Functions.Capture;
using GraphCallback.Functions.Hosting;

if (args is [ConnectCommand.Verb, ..])
{
    return await ConnectCommand.RunAsync(args, Console.Out);
}

if (args is [ReplayPoisonCommand.Verb, ..])
{
    return await ReplayPoisonCommand.RunAsync(args, Console.Out);
}

var app = FunctionsApp.Build(FunctionsApp.CreateBuilder(args));
await app.RunAsync();
return 0;
