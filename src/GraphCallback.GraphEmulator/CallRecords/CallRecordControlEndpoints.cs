using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>Control routes: add a call record or a PSTN log row "now", or revise a call record; call records are published to subscribers.</summary>
public static class CallRecordControlEndpoints
{
    public static IEndpointRouteBuilder MapCallRecordControl(this IEndpointRouteBuilder control)
    {
        control.MapPost("/callRecords", (CallRecordRequest request, TenantRegistry tenants, CallRecordsState records, TimeProvider clock) =>
        {
            if (tenants.FindUserAnywhere(request.Callee) is not { } callee)
            {
                return Results.NotFound(new { error = $"No user '{request.Callee}'." });
            }

            var now = clock.GetUtcNow();
            var start = request.StartDateTime ?? now - TimeSpan.FromSeconds(request.DurationSeconds + 20);
            var record = CallRecordFactory.Create(callee, CallerOf(request, tenants), request, start, now);
            records.Add(callee.TenantId, record);
            return Results.Ok(new { id = record.Id });
        });

        // Graph revises a record after its first version (late sessions, corrected failure info): the same id, the next version, an updated notification.
        control.MapPost("/callRecords/{id}/revisions", (string id, CallRecordRequest request, TenantRegistry tenants, CallRecordsState records, TimeProvider clock) =>
        {
            if (tenants.FindUserAnywhere(request.Callee) is not { } callee || records.FindStored(callee.TenantId, id) is not { } stored)
            {
                return Results.NotFound(new { error = $"No call record '{id}' for '{request.Callee}'." });
            }

            var record = CallRecordFactory.Revise(id, stored.Version + 1, callee, CallerOf(request, tenants), request, request.StartDateTime ?? stored.Start, clock.GetUtcNow());
            records.Revise(callee.TenantId, record);
            return Results.Ok(new { id, version = record.Version });
        });

        control.MapPost("/pstnCalls", (PstnCallRequest request, TenantRegistry tenants, CallRecordsState records, TimeProvider clock) =>
        {
            if (tenants.FindUserAnywhere(request.User) is not { } user)
            {
                return Results.NotFound(new { error = $"No user '{request.User}'." });
            }

            var row = CallRecordFactory.PstnRow(user, request, request.StartDateTime ?? clock.GetUtcNow() - TimeSpan.FromSeconds(request.DurationSeconds));
            records.AddPstn(user.TenantId, row);
            return Results.Ok(new { id = row.Id, callId = row.CallId });
        });

        return control;
    }

    private static EmulatedUser? CallerOf(CallRecordRequest request, TenantRegistry tenants) =>
        request.CallerUser is null ? null : tenants.FindUserAnywhere(request.CallerUser);
}
