using System.Text.Json.Serialization;
using System.Text.Json;
using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.OpenApi;
using AdaptiveLearning.Api.Operations;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Domain.Common;
using FastEndpoints;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;

namespace AdaptiveLearning.Api;

public static class DependencyInjection
{
    public const string RoutePrefix = "api/v1";

    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        if (BuildTimeGeneration.IsRunning)
            BuildTimeGeneration.AddPlaceholderSettings(builder);
        builder.AddStructuredLogs();
        builder.AddTelemetry();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(20));
        builder.Services.Configure<JsonOptions>(o => ConfigureJson(o.SerializerOptions));

        builder.AddJwtAuthentication();
        builder.AddRateLimits();
        builder.AddCorsFromConfiguration();
        builder.AddSecurityHeaders();
        builder.AddServerLimits();
        builder.Services.AddSingleton<RenderedResponseCache>();
        builder.Services.AddSingleton<Application.Questions.IQuestionETags, QuestionETags>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<AdaptiveLearning.Application.Auth.IRequestOrigin, HttpRequestOrigin>();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        builder.Services.AddProblemDetails();
        // A rule's later checks (Must(x => x.Count...)) assume its NotNull passed: stop at the first failure.
        FluentValidation.ValidatorOptions.Global.DefaultRuleLevelCascadeMode = FluentValidation.CascadeMode.Stop;
        builder.Services.AddFastEndpoints(o => o.IncludeAbstractValidators = false);
        builder.Services.AddOpenApiDocument();
        if (BuildTimeGeneration.IsRunning)
            BuildTimeGeneration.RemoveOwnHostedServices(builder);
        return builder;
    }

    public static WebApplication UseApi(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseServerLimits();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        app.UseMiddleware<RequestSizeLimit>();
        app.UseCors();
        app.UseAuthentication();
        // After authentication: the global limiter partitions by user.
        app.UseRateLimiter();
        app.UseMiddleware<ApiKeyScopeGate>();
        app.UseAuthorization();
        app.UseAdminMfaRequirement();
        app.UseMiddleware<VerifiedEmailGate>();
        app.UseDeclaredContentTypes();
        app.UseFastEndpoints(c =>
        {
            c.Endpoints.RoutePrefix = RoutePrefix;
            c.Errors.ResponseBuilder = ValidationProblemBuilder.Build;
            c.Errors.ContentType = ProblemWriter.ContentType;
            ConfigureJson(c.Serializer.Options);
        });
        app.MapHealthEndpoints();
        app.MapMetricsEndpoints();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", o => o.WithTitle("AdaptiveLearning API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        return app;
    }

    private static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(WireNames.JsonConverter());
    }
}
