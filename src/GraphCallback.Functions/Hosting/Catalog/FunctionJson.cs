using System.Text.Json;
using System.Text.RegularExpressions;
using NCrontab;

namespace GraphCallback.Functions.Hosting.Catalog;

/// <summary>
/// Reads one function.json into a <see cref="FunctionDefinition"/>, accepting only what both hosting
/// modes can honour: a timer or queue trigger alone (handlers send their own output, so the
/// host's output bindings would receive nothing), or an HTTP trigger with its one HTTP output
/// (the only shape the host forwards as a plain request).
/// </summary>
internal static partial class FunctionJson
{
    // Storage queue names are 3-63 characters; 56 leaves room for the "-poison" suffix.
    private const int LongestQueueName = 63 - 7;

    private static readonly CrontabSchedule.ParseOptions SixFields = new() { IncludingSeconds = true };

    public static FunctionDefinition Read(string path)
    {
        var name = Path.GetFileName(Path.GetDirectoryName(path))!;
        if (!FunctionName().IsMatch(name))
        {
            throw Invalid(path, $"'{name}' is not a valid function name (a letter, then letters, digits, '_' or '-').");
        }

        using var document = JsonFile.Parse(path);
        if (!document.RootElement.TryGetProperty("bindings", out var bindings) || bindings.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(path, "it has no \"bindings\" array.");
        }

        var all = bindings.EnumerateArray().ToList();
        var triggers = all.Where(b => Text(b, "type")?.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase) == true).ToList();
        if (triggers.Count != 1)
        {
            throw Invalid(path, $"it must have exactly one trigger binding, not {triggers.Count}.");
        }

        var trigger = triggers[0];
        var type = Text(trigger, "type")!;
        var bindingName = Text(trigger, "name") ?? throw Invalid(path, "the trigger binding has no \"name\".");
        if (!string.Equals(Text(trigger, "direction"), "in", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid(path, "the trigger binding's direction must be \"in\".");
        }

        return type.ToUpperInvariant() switch
        {
            "TIMERTRIGGER" => ReadTimer(path, name, bindingName, trigger, all.Count),
            "QUEUETRIGGER" => ReadQueue(path, name, bindingName, trigger, all.Count),
            "HTTPTRIGGER" => ReadHttp(path, name, bindingName, trigger, all),
            _ => throw Invalid(path, $"trigger type '{type}' is not served by this app (timerTrigger, queueTrigger, httpTrigger)."),
        };
    }

    private static TimerFunctionDefinition ReadTimer(string path, string name, string bindingName, JsonElement trigger, int bindingCount)
    {
        RequireTriggerOnly(path, bindingCount);
        var expression = Text(trigger, "schedule") ?? throw Invalid(path, "the timer trigger has no \"schedule\".");
        RequireLiteral(path, "schedule", expression);
        var schedule = CrontabSchedule.TryParse(expression, SixFields)
            ?? throw Invalid(path, $"schedule '{expression}' is not a six-field NCRONTAB expression (second minute hour day month day-of-week).");
        return new TimerFunctionDefinition(name, bindingName, expression, schedule);
    }

    private static QueueFunctionDefinition ReadQueue(string path, string name, string bindingName, JsonElement trigger, int bindingCount)
    {
        RequireTriggerOnly(path, bindingCount);
        var queueName = Text(trigger, "queueName") ?? throw Invalid(path, "the queue trigger has no \"queueName\".");
        RequireLiteral(path, "queueName", queueName);
        if (queueName.Length > LongestQueueName || !QueueName().IsMatch(queueName))
        {
            throw Invalid(path, $"'{queueName}' is not a valid Storage queue name of at most {LongestQueueName} characters " +
                "(lower-case letters, digits and single hyphens, starting and ending with a letter or digit).");
        }

        return new QueueFunctionDefinition(name, bindingName, queueName);
    }

    private static HttpFunctionDefinition ReadHttp(string path, string name, string bindingName, JsonElement trigger, List<JsonElement> bindings)
    {
        var outputs = bindings.Where(b => string.Equals(Text(b, "direction"), "out", StringComparison.OrdinalIgnoreCase)).ToList();
        if (bindings.Count != 2 || outputs.Count != 1 || !string.Equals(Text(outputs[0], "type"), "http", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid(path, "an HTTP function must have exactly its httpTrigger and one \"http\" output binding, " +
                "or the host sends it the invocation payload instead of forwarding the request.");
        }

        var route = (Text(trigger, "route") ?? name).Trim('/');
        var methods = trigger.TryGetProperty("methods", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(m => m.GetString()?.ToUpperInvariant() ?? throw Invalid(path, "a method is not a string.")).ToList()
            : [];
        return new HttpFunctionDefinition(name, bindingName, route, methods);
    }

    private static void RequireTriggerOnly(string path, int bindingCount)
    {
        if (bindingCount != 1)
        {
            throw Invalid(path, "timer and queue functions have only their trigger binding; handlers write their own output.");
        }
    }

    // "%Setting%" would make the host read the value from app settings, a second source of truth
    // that stand-alone runs could not see.
    private static void RequireLiteral(string path, string property, string value)
    {
        if (value.Contains('%', StringComparison.Ordinal))
        {
            throw Invalid(path, $"\"{property}\" must be written out, not taken from an app setting ('{value}').");
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static InvalidDataException Invalid(string path, string reason) => new($"{path}: {reason}");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex FunctionName();

    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    private static partial Regex QueueName();
}
