using Microsoft.Extensions.Options;

namespace GraphCallback.Functions.Hosting.StandAlone;

/// <summary>Refuses to start with queue listener settings that cannot work, naming the one at fault.</summary>
internal sealed class QueueListenerOptionsValidation : IValidateOptions<QueueListenerOptions>
{
    public ValidateOptionsResult Validate(string? name, QueueListenerOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
