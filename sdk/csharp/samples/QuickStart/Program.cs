using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

// Usage: dotnet run --project sdk/csharp/samples/QuickStart -- [baseUrl] [username] [password]
var baseUrl = args.ElementAtOrDefault(0) ?? "http://127.0.0.1:5080";
var username = args.ElementAtOrDefault(1) ?? "quickstart";
var password = args.ElementAtOrDefault(2) ?? "quick-start-passphrase";

using var client = new AdaptiveLearningClient(new AdaptiveLearningClientOptions
{
    BaseAddress = new Uri(baseUrl),
    Login = username,
    Password = password,
});

try
{
    var account = await client.Auth.RegisterAsync(new RegisterRequest
    {
        Email = $"{username}@example.com",
        Username = username,
        Password = password,
        DisplayName = "Quick Start",
    });
    Console.WriteLine($"Registered {account.Username} ({account.Id}).");
}
catch (AdaptiveLearningApiException e) when (e.Code is "email_taken" or "username_taken")
{
    Console.WriteLine($"{username} is already registered; logging in.");
}
catch (AdaptiveLearningApiException e)
{
    Console.Error.WriteLine($"Registration failed: {e.Code} ({e.Detail ?? e.Title}), trace {e.TraceId}");
    foreach (var (field, messages) in e.Errors)
        Console.Error.WriteLine($"  {field}: {string.Join(" ", messages)}");
    return 1;
}

// No explicit login: the client logs in with the options' credentials on the first call that needs it.
var me = await client.Users.GetMeAsync();
Console.WriteLine($"Profile: {me.Username} <{me.Email}>, role {me.Role}, time zone {me.TimeZone}, language {me.Language}");
Console.WriteLine($"Scheduler {me.Settings.Scheduler}, desired retention {me.Settings.DesiredRetention}, "
                  + $"{me.Settings.DailyNewLimit} new / {me.Settings.DailyReviewLimit} reviews a day");

var hierarchy = await client.Hierarchy.GetHierarchyAsync();
Console.WriteLine(hierarchy.Topics.Count == 0 ? "The question bank is empty." : "Topics (published questions):");
foreach (var topic in hierarchy.Topics)
    PrintNode(topic, depth: 1);

if (hierarchy.Topics.Sum(t => t.PublishedQuestions ?? 0) > 0)
{
    var session = await client.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Practice });
    var next = await client.Sessions.NextQuestionsAsync(session.Id, count: 1);
    if (next.Items.FirstOrDefault() is { } first)
    {
        Console.WriteLine($"Practice session {session.Id}, first question ({first.Reason}) from {first.Question.Path}:");
        Console.WriteLine($"  {first.Question.Text}");
        foreach (var option in first.Question.Options)
            Console.WriteLine($"    {option.Key}) {option.Text}");
    }
    await client.Sessions.EndSessionAsync(session.Id);
}

await client.SignOutAsync();
Console.WriteLine("Signed out.");
return 0;

static void PrintNode(HierarchyNode node, int depth)
{
    Console.WriteLine($"{new string(' ', depth * 2)}{node.Name} [{node.Path}] ({node.PublishedQuestions ?? 0})");
    foreach (var child in node.Children ?? [])
        PrintNode(child, depth + 1);
}
