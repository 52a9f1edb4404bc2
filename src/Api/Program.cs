using AdaptiveLearning.Api;
using AdaptiveLearning.Application;
using AdaptiveLearning.Infrastructure.Persistence;
using AdaptiveLearning.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddApplication();
builder.AddInfrastructure();
builder.AddApi();

var app = builder.Build();

if (args.Contains("migrate"))
{
    await app.Services.GetRequiredService<Migrator>().MigrateAsync(CancellationToken.None);
    return;
}

if (args.Contains(AdaptiveLearning.Api.Operations.ModelCommands.TrainModel))
{
    Environment.ExitCode = await AdaptiveLearning.Api.Operations.ModelCommands.TrainAsync(app.Services);
    return;
}

app.UseApi();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in the functional tests.</summary>
public partial class Program;
