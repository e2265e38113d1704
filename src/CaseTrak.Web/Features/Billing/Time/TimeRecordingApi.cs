namespace CaseTrak.Web.Features.Billing;

internal static class TimeRecordingApi
{
    public static IServiceCollection AddTimeRecording(this IServiceCollection services) => services;

    public static void MapTimeRecordingApi(this IEndpointRouteBuilder app)
    {
    }
}
