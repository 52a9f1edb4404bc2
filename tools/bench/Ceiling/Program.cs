// No auth, no middleware beyond routing: whatever a real endpoint adds is measured against this.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/json", () => Results.Json(new { message = "Hello, World!", at = 1 }));
app.Run();
