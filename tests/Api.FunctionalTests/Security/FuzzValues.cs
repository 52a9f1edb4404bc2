using System.Text.Json.Nodes;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>The hostile inputs the probe of issue #14 used, as path segments, query values and JSON values.</summary>
internal static class FuzzValues
{
    public static readonly string[] Segments =
    [
        "0", "-1", "99999999999999999999999999", "abc", Guid.NewGuid().ToString(), "%2e%2e%2f%2e%2e", "%01", "%C0%80", "' OR '1'='1",
        new string('9', 3000), "a__b__c__d__e__f", "%F0%9F%92%A9", "1e309",
    ];

    public static readonly string[] QueryValues =
    [
        "", "-1", "0", "99999999999999999999999", "abc", "\u0000", "' OR 1=1 --", "*", "+-><()~*\"@", new string('x', 3000),
        "true", "2026-13-45T99:99:99Z", "%",
    ];

    public static readonly string[] RawBodies =
    [
        "{", "null", "[]", "\"text\"", "123", "{}", "{\"a\":}", new string('[', 5000) + new string(']', 5000), "\u0000",
    ];

    public static IEnumerable<JsonNode?> JsonValues()
    {
        yield return null;
        yield return JsonValue.Create(-1);
        yield return JsonValue.Create(long.MaxValue);
        yield return JsonNode.Parse("1e308");
        yield return JsonNode.Parse("123456789012345678901234567890");
        yield return JsonValue.Create(1.5);
        yield return JsonValue.Create(true);
        yield return JsonValue.Create("");
        yield return JsonValue.Create("text");
        yield return JsonValue.Create("\u0000\u0007\u001b[2J");
        yield return JsonValue.Create("'; DROP TABLE users; --");
        yield return JsonValue.Create("<script>alert(1)</script>");
        yield return JsonValue.Create("{{7*7}}${jndi:ldap://x}");
        yield return JsonValue.Create(new string('x', 200_000));
        yield return new JsonArray();
        yield return new JsonArray(JsonValue.Create("x"), null, JsonValue.Create(1));
        yield return new JsonArray((JsonNode?)null);
        yield return new JsonArray(new JsonObject());
        yield return new JsonArray(Enumerable.Range(0, 5000).Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        yield return new JsonObject();
        yield return new JsonObject { ["nested"] = new JsonObject { ["deeper"] = null } };
    }

    /// <summary>A plausible value of a JSON type, so one property at a time can be made hostile.</summary>
    public static JsonNode? Plausible(string type) => type switch
    {
        "string" => JsonValue.Create("plausible"),
        "integer" => JsonValue.Create(1),
        "number" => JsonValue.Create(0.9),
        "boolean" => JsonValue.Create(false),
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        _ => null,
    };
}
