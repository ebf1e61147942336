using GraphCallback.Functions.Hosting;
using GraphCallback.Functions.Sync;
using GraphCallback.Storage.Tasks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphCallback.Functions.Tasks;

/// <summary>Registers To Do tasks: the follow-up sync that writes them, the changes polled back, and the catch-up timer.</summary>
public static class TasksServiceCollectionExtensions
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddOptions<TaskOptions>().BindConfiguration(TaskOptions.Section);
        services.AddSingleton(provider => new TaskLinkStore(provider.GetRequiredService<Azure.Data.Tables.TableServiceClient>()));
        services.AddSingleton(provider => new TodoListStore(provider.GetRequiredService<Azure.Data.Tables.TableServiceClient>()));
        services.AddSingleton<TaskAvailability>();
        services.AddScoped<TodoSetup>();
        services.AddScoped<TaskChanges>();
        services.AddSingleton<TaskContents>();
        services.AddScoped<TaskUpdates>();
        services.AddScoped<TaskWriter>();
        services.AddScoped<TaskSync>();
        services.AddScoped<TaskCatchUp>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFollowUpSync, TaskSync>());
        services.AddTimerFunction<CatchUpTasks>();
        services.AddTimerFunction<PollTaskChanges>();
        return services;
    }
}
