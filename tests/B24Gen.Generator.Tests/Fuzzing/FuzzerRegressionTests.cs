namespace B24Gen.Generator.Tests.Fuzzing;

/// <summary>
/// One minimal schema set for each class of failure <see cref="GeneratorFuzzTests"/> found in today's generator, with
/// the same property: the generator does not throw, and it either reports B24G errors or its code compiles with no
/// C# diagnostic. Each row names its class (F01...) as the fuzzer's report does, and what goes wrong today.
/// </summary>
public class FuzzerRegressionTests
{
    /// <summary>Class and case, build properties (<c>Name=Value</c>, or empty), then path and YAML of each file.</summary>
    public static TheoryData<string, string, string[]> Cases => new()
    {
        {
            "F01 a result type named like its method's descriptor (AccEcho for acc.echo): B24Methods.AccEcho.JsonType, CS1061",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                result: AccEcho
                types:
                  AccEcho:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F01 a descriptor named like another method's request type (x and x.request)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: x
                """,
                "/fuzz/b.yaml",
                """
                method: x.request
                """
            ]
        },
        {
            "F01 a descriptor named like another method's result type (c.d and type CD)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: c.d
                """,
                "/fuzz/b.yaml",
                """
                method: a.b
                result: CD
                types:
                  CD:
                    enum: [x]
                """
            ]
        },
        {
            "F01 a descriptor named B24MethodKind",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: b24_method_kind
                """
            ]
        },
        {
            "F01 a descriptor named B24JsonType",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: b24_json_type
                result: int
                """,
                "/fuzz/b.yaml",
                """
                method: x.y
                result: int
                """
            ]
        },
        {
            "F01 a descriptor named B24Paging",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: b24_paging
                result: "int[]"
                paging: start
                """
            ]
        },
        {
            "F02 an object type named like a method's request class (AccEchoRequest)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                types:
                  AccEchoRequest:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F02 an enum type named like a method's request class",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                types:
                  AccEchoRequest:
                    enum: [a]
                """
            ]
        },
        {
            "F03 an object type named like a group class (AccApi): merged with it",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                types:
                  AccApi:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F03 an enum type named like a group class (AccApi): CS0261",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                types:
                  AccApi:
                    enum: [a]
                """
            ]
        },
        {
            "F04 a field named like its own list item type (ITEM: Item[]): Item.JsonType binds to the property",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Item:
                    fields:
                      ID: int
                  Box:
                    fields:
                      ITEM: "Item[]"
                """
            ]
        },
        {
            "F04 a field named like the type of another field (other: int beside thing: Other)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Other:
                    fields:
                      ID: int
                  Box:
                    fields:
                      thing: Other
                      other: int
                """
            ]
        },
        {
            "F04 a field of a nullable enum named like the enum (STATUS: Status?)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Status:
                    enum: [a]
                  Box:
                    fields:
                      STATUS: Status?
                """
            ]
        },
        {
            "F04 a parameter named like its item type (item: Item[])",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  item: "Item[]"
                types:
                  Item:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F04 a field named B24JsonType beside a string[] field",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      B24_JSON_TYPE: int
                      tags: "string[]"
                """
            ]
        },
        {
            "F05 an object field named JsonType (json_type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      json_type: int
                """
            ]
        },
        {
            "F05 a parameter named JsonType (json_type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  json_type: int
                """
            ]
        },
        {
            "F05 an enum value named JsonType (json_type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Kind:
                    enum: [json_type]
                """
            ]
        },
        {
            "F06 a field named WriteProperties (write_properties)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      write_properties: int
                """
            ]
        },
        {
            "F07 an enum value named StringComparer",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Kind:
                    enum: [string_comparer]
                """
            ]
        },
        {
            "F07 an enum value named StringComparison",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Kind:
                    enum: [string_comparison]
                """
            ]
        },
        {
            "F07 an enum value named ArgumentNullException",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Kind:
                    enum: [argument_null_exception]
                """
            ]
        },
        {
            "F08 an enum value with name: _value (the struct's field)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Kind:
                    enum: [{ value: a, name: _value }]
                """
            ]
        },
        {
            "F09 a field with name: reader (the reading constructor's parameter)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      x: { type: int, name: reader }
                """
            ]
        },
        {
            "F09 a field with name: index (the reading loop's variable)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      x: { type: string, name: index }
                """
            ]
        },
        {
            "F10 name: __arglist (a C# keyword the generator does not know)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      x: { type: int, name: __arglist }
                """
            ]
        },
        {
            "F10 name: __makeref",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      x: { type: int, name: __makeref }
                """
            ]
        },
        {
            "F10 name: __reftype",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      x: { type: int, name: __reftype }
                """
            ]
        },
        {
            "F10 name: __refvalue",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      x: { type: int, name: __refvalue }
                """
            ]
        },
        {
            "F11 a type named item (CS8981: lower-case type name)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  item:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F11 a type named record (CS8860)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  record:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F11 a type named required (CS9029)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  required:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F11 a type named file (CS9056)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  file:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F11 a type named scoped (CS9062)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  scoped:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F11 a type named var",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  var:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F12 a type named ArgumentNullException (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  ArgumentNullException:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named B24Date (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  B24Date:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named B24DateTime (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  B24DateTime:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named B24JsonConverterFactory (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  B24JsonConverterFactory:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named B24JsonType (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  B24JsonType:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named B24MethodKind (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  B24MethodKind:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named B24ObjectReader (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  B24ObjectReader:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named B24ObjectWriter (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  B24ObjectWriter:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named B24Paging (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  B24Paging:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named JsonConverters (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  JsonConverters:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named StringComparer (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  StringComparer:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named StringComparison (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  StringComparison:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F12 a type named Type (used unqualified by the generated code)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  dt: datetime
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  Type:
                    fields:
                      ID: int
                  Kind:
                    enum: [a]
                  Box:
                    input: true
                    fields:
                      x: { type: "Kind?", required: true }
                      tags: "string[]"
                """
            ]
        },
        {
            "F13 a type named Equals (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Equals:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named GetHashCode (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  GetHashCode:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named GetType (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  GetType:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named ToString (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  ToString:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named ReferenceEquals (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  ReferenceEquals:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named MemberwiseClone (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  MemberwiseClone:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named Finalize (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Finalize:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named CanConvert (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  CanConvert:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named CreateConverter (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  CreateConverter:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named JsonTypeOf (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  JsonTypeOf:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named JsonType (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  JsonType:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named WriteProperties (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  WriteProperties:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F13 a type named AdditionalFields (a member of object, of the converter factory, or of every generated type)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  AdditionalFields:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F14 method b24.get: group class B24Api is the root class",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: b24.get
                """
            ]
        },
        {
            "F14 method client.get: B24Api.Client twice",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: client.get
                """
            ]
        },
        {
            "F14 method b24_api.get: B24Api.B24Api (CS0542)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: b24_api.get
                """
            ]
        },
        {
            "F14 method a.a_api.get: AApi.AApi (CS0542)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a.a_api.get
                """
            ]
        },
        {
            "F14 method equals.get: B24Api.Equals hides object.Equals (CS0108)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: equals.get
                """
            ]
        },
        {
            "F14 method get_type.get: B24Api.GetType hides object.GetType (CS0108)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: get_type.get
                """
            ]
        },
        {
            "F15 method value.api: its class ValueApiExtensions is also the class that attaches its group ValueApi",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: value.api
                """
            ]
        },
        {
            "F16 an input type with a field additional_fields: every generated type has AdditionalFields",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: x.y
                params:
                  f: XInput
                types:
                  XInput:
                    input: true
                    fields:
                      additional_fields: string
                """
            ]
        },
        {
            "F14 methods b24_methods.get and ping: B24Api.B24Methods hides the B24Methods class",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: b24_methods.get
                """,
                "/fuzz/b.yaml",
                """
                method: ping
                """
            ]
        },
        {
            "F14 methods a.b24_methods.get and a.ping: AApi.B24Methods hides the B24Methods class",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a.b24_methods.get
                """,
                "/fuzz/b.yaml",
                """
                method: a.ping
                """
            ]
        },
        {
            "F14 method argument_null_exception.get: B24Api.ArgumentNullException breaks its constructor",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: argument_null_exception.get
                """
            ]
        },
        {
            "F15 methods a_b.c and a.b.c: one descriptor ABC, one request ABCRequest, one class ABApi for two groups",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a_b.c
                """,
                "/fuzz/b.yaml",
                """
                method: a.b.c
                """
            ]
        },
        {
            "F15 methods a.b_c and a_b.c: one descriptor ABC, one request ABCRequest",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a.b_c
                """,
                "/fuzz/b.yaml",
                """
                method: a_b.c
                """
            ]
        },
        {
            "F15 methods a.get and a.fetch with name: Get",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a.get
                """,
                "/fuzz/b.yaml",
                """
                method: a.fetch
                name: Get
                """
            ]
        },
        {
            "F15 methods a.b.get and x.get with group: a.b",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a.b.get
                """,
                "/fuzz/b.yaml",
                """
                method: x.get
                group: a.b
                """
            ]
        },
        {
            "F16 methods a.b and a.b_async.c: AApi.BAsync is a method and a property",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a.b
                """,
                "/fuzz/b.yaml",
                """
                method: a.b_async.c
                """
            ]
        },
        {
            "F16 methods a.get (paging: start) and a.get_all, neither with parameters: GetAllAsync(CancellationToken) twice",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a.get
                result: "int[]"
                paging: start
                """,
                "/fuzz/b.yaml",
                """
                method: a.get_all
                """
            ]
        },
        {
            "F16 methods a.get and a.get_with_response, neither with parameters: GetWithResponseAsync(CancellationToken) twice",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a.get
                """,
                "/fuzz/b.yaml",
                """
                method: a.get_with_response
                """
            ]
        },
        {
            "F16 methods a.list (paging: start) and a.x with name: ListAll",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: a.list
                result: "int[]"
                paging: start
                """,
                "/fuzz/b.yaml",
                """
                method: a.x
                name: ListAll
                """
            ]
        },
        {
            "F17 method b24_methods: descriptor B24Methods.B24Methods (CS0542)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: b24_methods
                """
            ]
        },
        {
            "F17 method to_string: descriptor B24Methods.ToString hides object.ToString (CS0108)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: to_string
                """
            ]
        },
        {
            "F17 method equals: descriptor B24Methods.Equals (CS0108)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: equals
                """
            ]
        },
        {
            "F17 method reference_equals: descriptor B24Methods.ReferenceEquals (CS0108)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: reference_equals
                """
            ]
        },
        {
            "F18 a type summary with U+2028 (a C# line break inside ///)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    summary: "one\u2028two"
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F18 a method summary with U+2029",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                summary: "one\u2029two"
                """
            ]
        },
        {
            "F18 a method description with U+0085",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                description: "one\x85two"
                """
            ]
        },
        {
            "F18 an error message with U+2028",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                errors:
                  - { code: "", status: 400, message: "one\u2028two" }
                """
            ]
        },
        {
            "F18 a wire name with U+2028 (breaks the string literal and the doc line)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      "a\u2028b": { type: int, name: AB }
                """
            ]
        },
        {
            "F18 an enum value with U+2028",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Kind:
                    enum:
                      - { value: "a\u2028b", name: AB }
                """
            ]
        },
        {
            "F18 an enum value with U+0085",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Kind:
                    enum:
                      - { value: "a\x85b", name: AB }
                """
            ]
        },
        {
            "F18 a docs URL with a double quote (breaks see href)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                docs: 'https://example.com/a"b'
                """
            ]
        },
        {
            "F18 a summary with U+FFFE (not an XML character)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    summary: "bad \uFFFE char"
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F18 a summary with U+0001",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    summary: "bad \x01 char"
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F18 a summary with a form feed U+000C",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    summary: "bad \f char"
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F18 a wire name with U+0001 (in the doc comment)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      "a\x01b": { type: int, name: AB }
                """
            ]
        },
        {
            "F19 B24GenNamespace=Acme.Type: its last segment shadows a type the generated code uses",
            "B24GenNamespace=Acme.Type",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  Kind:
                    enum: [a]
                  Box:
                    fields:
                      ID: int
                      tags: "string[]"
                """
            ]
        },
        {
            "F19 B24GenNamespace=Acme.B24Date: its last segment shadows a type the generated code uses",
            "B24GenNamespace=Acme.B24Date",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  Kind:
                    enum: [a]
                  Box:
                    fields:
                      ID: int
                      tags: "string[]"
                """
            ]
        },
        {
            "F19 B24GenNamespace=Acme.CancellationToken: its last segment shadows a type the generated code uses",
            "B24GenNamespace=Acme.CancellationToken",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  Kind:
                    enum: [a]
                  Box:
                    fields:
                      ID: int
                      tags: "string[]"
                """
            ]
        },
        {
            "F19 B24GenNamespace=Acme.B24Client: its last segment shadows a type the generated code uses",
            "B24GenNamespace=Acme.B24Client",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  Kind:
                    enum: [a]
                  Box:
                    fields:
                      ID: int
                      tags: "string[]"
                """
            ]
        },
        {
            "F19 B24GenNamespace=Acme.ArgumentNullException: its last segment shadows a type the generated code uses",
            "B24GenNamespace=Acme.ArgumentNullException",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  Kind:
                    enum: [a]
                  Box:
                    fields:
                      ID: int
                      tags: "string[]"
                """
            ]
        },
        {
            "F19 B24GenNamespace=Acme.B24MethodKind: its last segment shadows a type the generated code uses",
            "B24GenNamespace=Acme.B24MethodKind",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                params:
                  d: date
                  r: { type: int, required: true }
                result: "Kind[]"
                paging: start
                types:
                  Kind:
                    enum: [a]
                  Box:
                    fields:
                      ID: int
                      tags: "string[]"
                """
            ]
        },
        {
            "F19 B24GenNamespace=Acme.JsonElement",
            "B24GenNamespace=Acme.JsonElement",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F19 B24GenNamespace=B24Gen and a type named B24Batch (CS0436 against the runtime)",
            "B24GenNamespace=B24Gen",
            [
                "/fuzz/a.yaml",
                """
                types:
                  B24Batch:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F19 B24GenNamespace=System and a type named Guid (CS0436 against the BCL)",
            "B24GenNamespace=System",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Guid:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F20 an enum type named _ (obj is _ other)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  _:
                    enum: [a]
                """
            ]
        },
        {
            "F21 method x.types beside a types-only file x.yaml: hint name x.types.g.cs twice, the generator throws",
            "",
            [
                "/fuzz/x.yaml",
                """
                types:
                  Box:
                    fields:
                      ID: int
                """,
                "/fuzz/m/x.types.yaml",
                """
                method: x.types
                """
            ]
        },
        {
            "F21 method b24api: hint name b24api.g.cs vs B24Api.g.cs (hint names ignore case), the generator throws",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: b24api
                """
            ]
        },
        {
            "F21 method x.types.types beside a types-only file x.types.yaml, the generator throws",
            "",
            [
                "/fuzz/x.types.yaml",
                """
                types:
                  Box:
                    fields:
                      ID: int
                """,
                "/fuzz/m/x.types.types.yaml",
                """
                method: x.types.types
                """
            ]
        },
        {
            "F22 an object type with summary: \"\" has no XML doc (CS1591)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    summary: ""
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F22 an object type with a blank summary (CS1591)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Box:
                    summary: "   "
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F23 an input type with a required field as the type of a result field (= new() misses the required member, CS9035)",
            "",
            [
                "/fuzz/a.yaml",
                """
                types:
                  Filter:
                    input: true
                    fields:
                      ID: { type: int, required: true }
                  Box:
                    fields:
                      FILTER: Filter
                """
            ]
        },
        {
            "F24 paging: fast over an input item type: item.Id is long? (CS0266)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.list
                result: "Item[]"
                paging: fast
                types:
                  Item:
                    input: true
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F25 a verb named __arglist (an undocumented C# keyword)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.list
                kind: read
                name: __arglist
                """
            ]
        },
        {
            "F26 an event's scope with XML markup: written raw into its remarks (CS1570)",
            "",
            [
                "/fuzz/e/on-thing.yaml",
                """
                event: OnThing
                scope: "a<b>&c"
                """
            ]
        },
        {
            "F26 an event's scope with U+2028: ends the /// line of its remarks (CS1519 and a cascade)",
            "",
            [
                "/fuzz/e/on-thing.yaml",
                """
                event: OnThing
                scope: "line\u2028sep"
                """
            ]
        },
        {
            "F26 an event's description on two lines: the remarks' second line has no /// (CS1519 and a cascade)",
            "",
            [
                "/fuzz/e/on-thing.yaml",
                """
                event: OnThing
                description: "multi\nline"
                """
            ]
        },
        {
            "F26 an event's description with U+2028",
            "",
            [
                "/fuzz/e/on-thing.yaml",
                """
                event: OnThing
                description: "one\u2028two"
                """
            ]
        },
        {
            "F27 two events whose classes differ in case only (MethodsEvent, methodsEvent): hint names ignore case, the generator throws",
            "",
            [
                "/fuzz/e0/a.yaml",
                """
                event: ONA
                name: Methods
                """,
                "/fuzz/e1/b.yaml",
                """
                event: OnB
                name: methods
                """
            ]
        },
        {
            "F27 an event OnX beside a method xevent.event: hint names XEvent.event.g.cs and xevent.event.g.cs, the generator throws",
            "",
            [
                "/fuzz/e/on-x.yaml",
                """
                event: OnX
                """,
                "/fuzz/m/xevent.event.yaml",
                """
                method: xevent.event
                kind: read
                """
            ]
        },
        {
            "F27 an event described twice, the second file with a type of its own: both files' hint name is XEvent.event.g.cs",
            "",
            [
                "/fuzz/e0/on-x.yaml",
                """
                event: OnX
                """,
                "/fuzz/e1/on-x.yaml",
                """
                event: OnX
                types:
                  Box:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F27 an event whose class clashes with another's, its file with a type of its own: both files' hint name is XEvent.event.g.cs",
            "",
            [
                "/fuzz/e0/on-x.yaml",
                """
                event: OnX
                """,
                "/fuzz/e1/on-y.yaml",
                """
                event: OnY
                name: X
                types:
                  Box:
                    fields:
                      ID: int
                """
            ]
        },
        {
            "F28 a backtick in an event's docs: URL: a code span, <c>, inside <see href=\"...\"/> (CS1570)",
            "",
            [
                "/fuzz/e/on-thing.yaml",
                """
                event: OnThing
                docs: "https://example.com/`a`b"
                """
            ]
        },
        {
            "F28 a backtick in a method's docs: URL (found in a mutated stock file): <c> inside <see href=\"...\"/> (CS1570)",
            "",
            [
                "/fuzz/a.yaml",
                """
                method: acc.echo
                kind: read
                docs: "https://example.com/`a`b"
                """
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_failure_class_the_fuzzer_found_is_rejected_or_compiles(string failureClass, string properties, string[] pathsAndTexts)
    {
        var files = Enumerable.Range(0, pathsAndTexts.Length / 2).Select(i => new FuzzFile(pathsAndTexts[2 * i], pathsAndTexts[(2 * i) + 1])).ToList();
        var settings = properties.Length == 0
            ? new Dictionary<string, string>()
            : properties.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var fuzzCase = new FuzzCase(files, settings);

        var outcome = FuzzRunner.Run(fuzzCase);

        Assert.True(outcome.Verdict != FuzzVerdict.Failed, failureClass + "\n" + outcome.Describe(fuzzCase));
    }
}
