using System.Globalization;
using System.Text.Json;

namespace GraphCallback.Functions.Hosting.HostProtocol;

/// <summary>
/// Reads trigger values out of the host's invocation payload. The host serialises each value with
/// Json.NET before embedding it, so one value can arrive in several forms: a plain string message
/// is JSON-encoded a second time (<c>"\"text\""</c>), a JSON message arrives as an object, numbers
/// and ids arrive as strings (<c>"1"</c>, <c>"\"id\""</c>); the documentation shows the plain forms.
/// Every form is accepted here so handlers see one shape.
/// </summary>
public static class HostPayload
{
    /// <exception cref="FormatException">The payload lacks the trigger value or its metadata.</exception>
    public static QueueDelivery ReadQueueDelivery(HostInvocationRequest request, string bindingName)
    {
        var message = TriggerValue(request, bindingName);
        var id = Metadata(request, "Id") is { } idValue ? Text(idValue) : null;
        var dequeueCount = Metadata(request, "DequeueCount") is { } countValue ? Text(countValue) : null;
        if (string.IsNullOrEmpty(id) || !long.TryParse(dequeueCount, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            throw new FormatException("A queue invocation needs Metadata.Id and a numeric Metadata.DequeueCount.");
        }

        return new QueueDelivery(id, Text(message) ?? string.Empty, count);
    }

    /// <exception cref="FormatException">The payload lacks the timer value.</exception>
    public static TimerTick ReadTimerTick(HostInvocationRequest request, string bindingName)
    {
        var timer = Structured(TriggerValue(request, bindingName));
        if (timer.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"Data.{bindingName} is not a timer object.");
        }

        var isPastDue = Property(timer, "IsPastDue") is { } pastDue && bool.TryParse(Text(pastDue), out var late) && late;
        var status = Property(timer, "ScheduleStatus") is { } value ? Structured(value) : default;
        return new TimerTick(isPastDue, Time(status, "Last"), Time(status, "Next"));
    }

    private static JsonElement TriggerValue(HostInvocationRequest request, string bindingName) =>
        request.Data?.FirstOrDefault(d => string.Equals(d.Key, bindingName, StringComparison.OrdinalIgnoreCase)).Value is { } value
        && value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null)
            ? value
            : throw new FormatException($"The invocation payload has no Data.{bindingName}.");

    private static JsonElement? Metadata(HostInvocationRequest request, string key) =>
        request.Metadata?.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: not JsonValueKind.Undefined } value
            ? value
            : null;

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static DateTimeOffset? Time(JsonElement status, string name) =>
        Property(status, name) is { } value
        && DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Unquote(value.GetString()!),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    // A value the host encoded twice is a string holding a JSON document; parse it to reach the value.
    private static JsonElement Structured(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return value;
        }

        var text = Unquote(value.GetString()!);
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return value;
        }
    }

    private static string Unquote(string text)
    {
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            return text;
        }

        try
        {
            return JsonSerializer.Deserialize<string>(text) ?? text;
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
