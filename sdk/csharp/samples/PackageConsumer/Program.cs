// The learner flow an integrator's app runs, built against the packed AdaptiveLearning.Client package
// (not the project) by scripts/lib/test-sdk-consumers.sh, once for net8.0 and once for net10.0.
// Usage: <baseUrl> <adminLogin> <adminPassword>. Exit code 0 when the whole flow worked.
using AdaptiveLearning.Client;
using AdaptiveLearning.Client.Models;

var baseAddress = new Uri(args[0]);
var runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;
var suffix = Guid.NewGuid().ToString("N")[..10];

using var admin = new AdaptiveLearningClient(new AdaptiveLearningClientOptions { BaseAddress = baseAddress, Login = args[1], Password = args[2] });
var facet = $"consumer{suffix}__signs__warning__shapes";
string? parent = null;
foreach (var code in facet.Split("__"))
{
    await admin.Hierarchy.CreateHierarchyNodeAsync(new CreateHierarchyNodeRequest { ParentPath = parent, Code = code, Name = code });
    parent = parent is null ? code : $"{parent}__{code}";
}
var draft = await admin.Questions.CreateQuestionAsync(new CreateQuestionRequest
{
    Path = facet,
    Type = QuestionType.Mcq,
    Text = "What shape is a warning sign?",
    Options = [new QuestionOption { Key = "a", Text = "Triangle" }, new QuestionOption { Key = "b", Text = "Circle" }],
    CorrectKeys = ["a"],
    Difficulty = 1,
});
await admin.Questions.PublishQuestionAsync(draft.Id);

using var learner = new AdaptiveLearningClient(new AdaptiveLearningClientOptions { BaseAddress = baseAddress });
var username = "consumer" + suffix;
const string password = "a-long-enough-passphrase";
await learner.Auth.RegisterAsync(new RegisterRequest { Email = $"{username}@example.test", Username = username, Password = password });
await learner.SignInAsync(username, password);
var session = await learner.Sessions.StartSessionAsync(new StartSessionRequest { Mode = SessionMode.Learn, Scope = [facet] });
var next = await learner.Sessions.NextQuestionsAsync(session.Id, count: 1);
var question = next.Items.Single().Question;
var result = await learner.Answers.SubmitAnswerAsync(session.Id, new SubmitAnswerRequest { QuestionId = question.Id, Selected = ["a"], TimeSpentMs = 3_000 });
if (result.Correct != true)
    throw new InvalidOperationException("The right answer was graded wrong.");
Console.WriteLine($"learner flow passed on {runtime}: answered question {question.Id}, next due {result.NextDue:O}");
