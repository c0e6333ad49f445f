// Plain POCO equivalents of the benchmark flows' submissions (one property per payload key), for the System.Text.Json baselines.
using System.Text.Json.Serialization;

namespace FlowTypes.Benchmarks;

/// <summary>Hand-written equivalent of the generated submission type, for the System.Text.Json baselines.</summary>
public sealed class LeadGenerationPoco
{
    [JsonPropertyName("interested_channels")]
    public List<string>? InterestedChannels { get; set; }

    [JsonPropertyName("implementation_timeline")]
    public string? ImplementationTimeline { get; set; }

    [JsonPropertyName("company_name")]
    public string? CompanyName { get; set; }

    [JsonPropertyName("website")]
    public string? Website { get; set; }

    [JsonPropertyName("company_size")]
    public string? CompanySize { get; set; }

    [JsonPropertyName("industry")]
    public string? Industry { get; set; }

    [JsonPropertyName("contact_name")]
    public string? ContactName { get; set; }

    [JsonPropertyName("job_title")]
    public string? JobTitle { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("use_cases")]
    public List<string>? UseCases { get; set; }

    [JsonPropertyName("monthly_volume")]
    public string? MonthlyVolume { get; set; }

    [JsonPropertyName("additional_requirements")]
    public string? AdditionalRequirements { get; set; }

    [JsonPropertyName("demo_date")]
    public DateOnly? DemoDate { get; set; }

    [JsonPropertyName("demo_time")]
    public string? DemoTime { get; set; }

    [JsonPropertyName("demo_duration")]
    public string? DemoDuration { get; set; }

    [JsonPropertyName("demo_topics")]
    public List<string>? DemoTopics { get; set; }

    [JsonPropertyName("how_heard")]
    public string? HowHeard { get; set; }

    [JsonPropertyName("flow_token")]
    public string? FlowToken { get; set; }
}

/// <summary>Hand-written equivalent of the generated submission type, for the System.Text.Json baselines.</summary>
public sealed class ServiceBookingPoco
{
    [JsonPropertyName("service_type")]
    public string? ServiceType { get; set; }

    [JsonPropertyName("urgency")]
    public string? Urgency { get; set; }

    [JsonPropertyName("street_address")]
    public string? StreetAddress { get; set; }

    [JsonPropertyName("apt_unit")]
    public string? AptUnit { get; set; }

    [JsonPropertyName("city")]
    public string? City { get; set; }

    [JsonPropertyName("postal_code")]
    public string? PostalCode { get; set; }

    [JsonPropertyName("property_type")]
    public string? PropertyType { get; set; }

    [JsonPropertyName("problem_description")]
    public string? ProblemDescription { get; set; }

    [JsonPropertyName("problem_photo")]
    public string? ProblemPhoto { get; set; }

    [JsonPropertyName("access_requirements")]
    public List<string>? AccessRequirements { get; set; }

    [JsonPropertyName("preferred_date")]
    public DateOnly? PreferredDate { get; set; }

    [JsonPropertyName("time_slot")]
    public string? TimeSlot { get; set; }

    [JsonPropertyName("contact_name")]
    public string? ContactName { get; set; }

    [JsonPropertyName("contact_phone")]
    public string? ContactPhone { get; set; }

    [JsonPropertyName("contact_email")]
    public string? ContactEmail { get; set; }

    [JsonPropertyName("flow_token")]
    public string? FlowToken { get; set; }
}

/// <summary>Hand-written equivalent of the generated submission type, for the System.Text.Json baselines.</summary>
public sealed class SyntheticSixtyPoco
{
    [JsonPropertyName("field_00")]
    public string? Field00 { get; set; }

    [JsonPropertyName("field_01")]
    public string? Field01 { get; set; }

    [JsonPropertyName("field_02")]
    public string? Field02 { get; set; }

    [JsonPropertyName("field_03")]
    public string? Field03 { get; set; }

    [JsonPropertyName("field_04")]
    public List<string>? Field04 { get; set; }

    [JsonPropertyName("field_05")]
    public DateOnly? Field05 { get; set; }

    [JsonPropertyName("field_06")]
    public string? Field06 { get; set; }

    [JsonPropertyName("field_07")]
    public string? Field07 { get; set; }

    [JsonPropertyName("field_08")]
    public string? Field08 { get; set; }

    [JsonPropertyName("field_09")]
    public string? Field09 { get; set; }

    [JsonPropertyName("field_10")]
    public List<string>? Field10 { get; set; }

    [JsonPropertyName("field_11")]
    public DateOnly? Field11 { get; set; }

    [JsonPropertyName("field_12")]
    public string? Field12 { get; set; }

    [JsonPropertyName("field_13")]
    public string? Field13 { get; set; }

    [JsonPropertyName("field_14")]
    public string? Field14 { get; set; }

    [JsonPropertyName("field_15")]
    public string? Field15 { get; set; }

    [JsonPropertyName("field_16")]
    public List<string>? Field16 { get; set; }

    [JsonPropertyName("field_17")]
    public DateOnly? Field17 { get; set; }

    [JsonPropertyName("field_18")]
    public string? Field18 { get; set; }

    [JsonPropertyName("field_19")]
    public string? Field19 { get; set; }

    [JsonPropertyName("field_20")]
    public string? Field20 { get; set; }

    [JsonPropertyName("field_21")]
    public string? Field21 { get; set; }

    [JsonPropertyName("field_22")]
    public List<string>? Field22 { get; set; }

    [JsonPropertyName("field_23")]
    public DateOnly? Field23 { get; set; }

    [JsonPropertyName("field_24")]
    public string? Field24 { get; set; }

    [JsonPropertyName("field_25")]
    public string? Field25 { get; set; }

    [JsonPropertyName("field_26")]
    public string? Field26 { get; set; }

    [JsonPropertyName("field_27")]
    public string? Field27 { get; set; }

    [JsonPropertyName("field_28")]
    public List<string>? Field28 { get; set; }

    [JsonPropertyName("field_29")]
    public DateOnly? Field29 { get; set; }

    [JsonPropertyName("field_30")]
    public string? Field30 { get; set; }

    [JsonPropertyName("field_31")]
    public string? Field31 { get; set; }

    [JsonPropertyName("field_32")]
    public string? Field32 { get; set; }

    [JsonPropertyName("field_33")]
    public string? Field33 { get; set; }

    [JsonPropertyName("field_34")]
    public List<string>? Field34 { get; set; }

    [JsonPropertyName("field_35")]
    public DateOnly? Field35 { get; set; }

    [JsonPropertyName("field_36")]
    public string? Field36 { get; set; }

    [JsonPropertyName("field_37")]
    public string? Field37 { get; set; }

    [JsonPropertyName("field_38")]
    public string? Field38 { get; set; }

    [JsonPropertyName("field_39")]
    public string? Field39 { get; set; }

    [JsonPropertyName("field_40")]
    public List<string>? Field40 { get; set; }

    [JsonPropertyName("field_41")]
    public DateOnly? Field41 { get; set; }

    [JsonPropertyName("field_42")]
    public string? Field42 { get; set; }

    [JsonPropertyName("field_43")]
    public string? Field43 { get; set; }

    [JsonPropertyName("field_44")]
    public string? Field44 { get; set; }

    [JsonPropertyName("field_45")]
    public string? Field45 { get; set; }

    [JsonPropertyName("field_46")]
    public List<string>? Field46 { get; set; }

    [JsonPropertyName("field_47")]
    public DateOnly? Field47 { get; set; }

    [JsonPropertyName("field_48")]
    public string? Field48 { get; set; }

    [JsonPropertyName("field_49")]
    public string? Field49 { get; set; }

    [JsonPropertyName("field_50")]
    public string? Field50 { get; set; }

    [JsonPropertyName("field_51")]
    public string? Field51 { get; set; }

    [JsonPropertyName("field_52")]
    public List<string>? Field52 { get; set; }

    [JsonPropertyName("field_53")]
    public DateOnly? Field53 { get; set; }

    [JsonPropertyName("field_54")]
    public string? Field54 { get; set; }

    [JsonPropertyName("field_55")]
    public string? Field55 { get; set; }

    [JsonPropertyName("field_56")]
    public string? Field56 { get; set; }

    [JsonPropertyName("field_57")]
    public string? Field57 { get; set; }

    [JsonPropertyName("field_58")]
    public List<string>? Field58 { get; set; }

    [JsonPropertyName("field_59")]
    public DateOnly? Field59 { get; set; }

    [JsonPropertyName("flow_token")]
    public string? FlowToken { get; set; }
}
