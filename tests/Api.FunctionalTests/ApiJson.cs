using System.Text.Json;
using System.Text;
using AdaptiveLearning.Client;

namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>
/// Typed calls to the API in the SDK's wire format (camelCase, snake_case enums): bodies go out as
/// SDK request models and come back as SDK response models. Routes are the endpoints' own constants;
/// where an endpoint's request type shares its name with the SDK model, tests alias the SDK's models as <c>Wire</c>.
/// </summary>
internal static class ApiJson
{
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, ClientJson.Options) ?? throw new AssertionException($"expected a {typeof(T).Name}, got null");

    /// <summary>Asserts the status (showing the body when it differs) and reads the body as <typeparamref name="T"/>.</summary>
    public static async Task<T> ReadAsAsync<T>(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), body);
        return Deserialize<T>(body);
    }

    public static async Task<T> GetAsAsync<T>(this HttpClient client, string route) =>
        await (await client.GetAsync(Api.Route(route))).ReadAsAsync<T>();

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string route, object? body = null) =>
        client.PostAsync(Api.Route(route), Content(body));

    public static async Task<T> PostAsAsync<T>(this HttpClient client, string route, object? body = null,
        HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await client.PostJsonAsync(route, body)).ReadAsAsync<T>(expected);

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string route, object body) =>
        client.PatchAsync(Api.Route(route), Content(body));

    public static async Task<T> PatchAsAsync<T>(this HttpClient client, string route, object body) =>
        await (await client.PatchJsonAsync(route, body)).ReadAsAsync<T>();

    private static StringContent? Content(object? body) => body is null
        ? null
        : new StringContent(JsonSerializer.Serialize(body, body.GetType(), ClientJson.Options), Encoding.UTF8, "application/json");
}
