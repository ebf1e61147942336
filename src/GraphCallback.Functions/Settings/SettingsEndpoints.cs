using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using GraphCallback.Core.Settings;
using GraphCallback.Functions.Api;
using GraphCallback.Storage.Settings;
using Microsoft.Net.Http.Headers;

namespace GraphCallback.Functions.Settings;

/// <summary>
/// <c>GET/PUT /api/settings</c>: the signed-in user's settings. A PUT is validated as a whole and,
/// with If-Match, only replaces the version the client read (412 otherwise).
/// </summary>
public static class SettingsEndpoints
{
    /// <summary>Enum values (days, caller kinds) travel as names, as the settings table stores them.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/settings", GetAsync).WithName("ApiSettings").RequireAuthorization(ApiAuthentication.Policy);
        endpoints.MapPut("/api/settings", PutAsync).WithName("ApiSettingsPut").RequireAuthorization(ApiAuthentication.Policy);
        return endpoints;
    }

    private static async Task<IResult> GetAsync(HttpContext context, SettingsStore store, CancellationToken cancellationToken)
    {
        var (settings, etag) = await store.GetAsync(context.User.Key(), cancellationToken);
        if (etag is { } current)
        {
            context.Response.Headers[HeaderNames.ETag] = current.ToString();
        }

        return Results.Json(settings, Json);
    }

    private static async Task<IResult> PutAsync(HttpContext context, SettingsStore store, CancellationToken cancellationToken)
    {
        UserSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync<UserSettings>(context.Request.Body, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            return Results.Problem(title: "Not valid settings JSON", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        if (settings is null)
        {
            return Results.Problem(title: "Send the settings as a JSON object", statusCode: StatusCodes.Status400BadRequest);
        }

        var errors = SettingsValidator.Validate(settings);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        var user = context.User.Key();
        var basedOn = context.Request.Headers[HeaderNames.IfMatch] is [{ } ifMatch, ..]
            ? new ETag(ifMatch)
            : (await store.GetAsync(user, cancellationToken)).ETag;
        var saved = await store.TrySaveAsync(user, settings, basedOn, cancellationToken);
        if (saved is not { } etag)
        {
            return Results.Problem(title: "The settings changed", detail: "They were changed since you read them; read them again.", statusCode: StatusCodes.Status412PreconditionFailed);
        }

        context.Response.Headers[HeaderNames.ETag] = etag.ToString();
        return Results.Json(settings, Json);
    }
}
