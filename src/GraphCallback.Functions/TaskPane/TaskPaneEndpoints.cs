using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GraphCallback.Functions.TaskPane;

/// <summary>
/// Serves the task pane (the Outlook add-in's and the Teams tab's web app) under <c>/pane/</c>,
/// same origin as the API it calls, and its sign-in configuration at <c>/pane/config.json</c>.
/// </summary>
public static class TaskPaneEndpoints
{
    private const string Index = "index.html";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IServiceCollection AddTaskPane(this IServiceCollection services)
    {
        services.AddOptions<TaskPaneOptions>().BindConfiguration(TaskPaneOptions.Section);
        return services;
    }

    public static IEndpointRouteBuilder MapTaskPane(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/pane/config.json", (IOptions<TaskPaneOptions> pane, IConfiguration configuration) =>
                Results.Ok(PaneConfig.From(pane.Value, configuration)))
            .WithName("PaneConfig")
            .AllowAnonymous()
            .ExcludeFromDescription();
        endpoints.MapGet("/pane/{*path}", Serve)
            .WithName("Pane")
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Serve(string? path, HttpContext context, IOptions<TaskPaneOptions> pane)
    {
        // Relative asset and redirect URLs need the folder form, /pane/.
        if (path is null && !context.Request.Path.Value!.EndsWith('/'))
        {
            return Results.Redirect("/pane/" + context.Request.QueryString);
        }

        if (!Directory.Exists(pane.Value.ContentPath))
        {
            return Results.Problem(title: "The task pane is not built", detail: "Build src/GraphCallback.TaskPane (npm run build) or set TaskPane:ContentPath.", statusCode: StatusCodes.Status404NotFound);
        }

        // PhysicalFileProvider refuses paths that leave its root (.., absolute paths).
        using var files = new PhysicalFileProvider(Path.GetFullPath(pane.Value.ContentPath));
        var name = string.IsNullOrEmpty(path) ? Index : path;
        var file = files.GetFileInfo(name);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null)
        {
            return Results.NotFound();
        }

        // Vite names assets by content hash, so they never change; the page itself must be re-read.
        context.Response.Headers[HeaderNames.CacheControl] = name == Index ? "no-cache" : "public, max-age=31536000, immutable";
        var contentType = ContentTypes.TryGetContentType(name, out var type) ? type : "application/octet-stream";
        return Results.File(file.PhysicalPath, contentType);
    }
}
