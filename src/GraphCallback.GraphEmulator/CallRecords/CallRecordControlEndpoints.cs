using GraphCallback.GraphEmulator.Platform;

namespace GraphCallback.GraphEmulator.CallRecords;

/// <summary>Control routes: add a call record or a PSTN log row "now"; the call record is published to subscribers.</summary>
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

            var caller = request.CallerUser is null ? null : tenants.FindUserAnywhere(request.CallerUser);
            var now = clock.GetUtcNow();
            var start = request.StartDateTime ?? now - TimeSpan.FromSeconds(request.DurationSeconds + 20);
            var record = CallRecordFactory.Create(callee, caller, request.CallerNumber, start, request.DurationSeconds, request.Answered, now);
            records.Add(callee.TenantId, record);
            return Results.Ok(new { id = record.Id });
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
}
