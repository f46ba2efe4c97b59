//! Table-driven tests of the entity rules and the lexicon's span rules, one table per rule.
//!
//! Every sentence here was written for these tests (none comes from an evaluation corpus), and
//! the expected spans follow `ANNOTATION.md`, not whatever the annotator happens to output. Each
//! test runs its whole table and reports every failing case at once, with what was found.
//!
//! - A positive case is `(input, span text, category, source)`: an annotation with exactly that
//!   text, category and `source` must be in the result.
//! - A negative case is `(input, word)`: no person, location or organization annotation may
//!   overlap that word (a precision guard of the rule the table is about).
//! - [`KNOWN_GAPS`] are positive cases the annotator still gets wrong; a test checks that they
//!   are still wrong, so that a fix moves them into their table.

use wasim::{Annotation, Annotator, Category, Options, TaggerMode};

/// (input, expected span text, category, source)
type Case = (&'static str, &'static str, &'static str, &'static str);
/// (input, a word no entity annotation may overlap)
type Neg = (&'static str, &'static str);

fn entities(input: &str) -> Vec<Annotation> {
    let options = Options {
        categories: vec![Category::Person, Category::Location, Category::Organization],
        reference_date: None,
    };
    rules_only().annotate(input, &options).annotations
}

/// These tables test the rules and the lexicon, so the learned tagger is off: its part is scored
/// on the corpus (tests/tagger.rs).
fn rules_only() -> &'static Annotator {
    static A: std::sync::OnceLock<Annotator> = std::sync::OnceLock::new();
    A.get_or_init(|| Annotator::builder().tagger(TaggerMode::Off).build())
}

fn describe(found: &[Annotation]) -> String {
    let parts: Vec<String> =
        found.iter().map(|a| format!("{}:{} [{}]", a.category.as_str(), a.text, a.source)).collect();
    format!("[{}]", parts.join(", "))
}

/// `source` may list alternatives (`rule:foreign-shape|rule:name-chain`) where two rules find
/// the same span and either may win.
fn holds(input: &str, text: &str, category: &str, source: &str) -> bool {
    entities(input)
        .iter()
        .any(|a| a.text == text && a.category.as_str() == category && source.split('|').any(|s| a.source == s))
}

fn check(cases: &[Case], negatives: &[Neg]) {
    let mut failures = Vec::new();
    for &(input, text, category, source) in cases {
        assert!(input.contains(text), "bad case: {text:?} is not in {input:?}");
        if !holds(input, text, category, source) {
            failures.push(format!(
                "missing {category}:{text} [{source}] in {input:?}\n    found {}",
                describe(&entities(input))
            ));
        }
    }
    for &(input, word) in negatives {
        let at = input.find(word).unwrap_or_else(|| panic!("bad case: {word:?} is not in {input:?}"));
        let (from, to) = (input[..at].chars().count(), input[..at].chars().count() + word.chars().count());
        let found = entities(input);
        if found.iter().any(|a| a.start < to && from < a.end) {
            failures.push(format!("{word:?} should be no entity in {input:?}\n    found {}", describe(&found)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len() + negatives.len(),
        failures.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// rule:title: a title or role, its complements, then the name; the title stays outside.

const TITLE: &[Case] = &[
    // د. and م. with their full stop are titles; an unknown first name takes a definite family name
    ("وقال د. زغلول النجار إن البحث اكتمل.", "زغلول النجار", "person", "rule:title"),
    ("وأكد م. خالد زعرور أن المشروع تأخر.", "خالد زعرور", "person", "rule:title"),
    ("وقدم د. أبو زعرور عرضا مفصلا عن الهيئة.", "أبو زعرور", "person", "rule:title"),
    // a family name in -son after a known given name, though it ends like a plural
    ("وقال خبير الأمن السيبراني مارك ثومسون إن الهجوم معقد.", "مارك ثومسون", "person", "rule:title"),
    // an indefinite title in construct with a body, then بالإنابة, then the name
    ("وأكد محافظ البنك المركزي بالإنابة سمير حداد أن الودائع محفوظة.", "سمير حداد", "person", "rule:title"),
    ("وقال المحلل السياسي ياسر الزعاترة إن التصعيد متوقع.", "ياسر الزعاترة", "person", "rule:title"),
    ("التقى المنفي بالمبعوثة الأممية هانا تيتيه في طرابلس.", "هانا تيتيه", "person", "rule:title"),
    // whom or where a title serves (عن/في + a body or place), then the name with a nisba family name
    ("وانتقد النائب عن التيار الصدري حاكم الزاملي الحكومة.", "حاكم الزاملي", "person", "rule:title"),
    ("وقال النائب عن محافظة البصرة عدي عواد إن المشروع متوقف.", "عدي عواد", "person", "rule:title"),
    // a given name that is also a common word, before a definite family name
    ("وقال النائب أمين الهاشمي إن الجلسة تأجلت.", "أمين الهاشمي", "person", "rule:title"),
    // a title behind proclitics the tokenizer leaves on (بالمبعوثة), feminine titles
    ("والتقى الوزير بالسفير الفرنسي جان لوي في مكتبه.", "جان لوي", "person", "rule:title"),
    ("التقى المنفي بالمبعوثة الأممية سارة تيتيه في طرابلس.", "سارة تيتيه", "person", "rule:title"),
    // after a title, a known given name takes a nisba as its family name
    ("ويضم الوفد المدير العام السيد محمد النابلسي والمدراء.", "محمد النابلسي", "person", "rule:title"),
    ("أكد وزير الخارجية الأرجنتيني دييغو موندينو أن المفاوضات مستمرة.", "دييغو موندينو", "person", "rule:title"),
    ("وصرح المتحدث باسم الشرطة المحلية كمال بوزيدي للصحفيين.", "كمال بوزيدي", "person", "rule:title"),
    ("وقال السيد أنطونيو ريبيرو إن الشركة ستتوسع.", "أنطونيو ريبيرو", "person", "rule:title"),
    ("وقال المدرب خوسيه موراليس إن اللاعبين جاهزون.", "خوسيه موراليس", "person", "rule:title"),
    ("أعلن اللواء ركن فهد العتيبي انتهاء المناورات.", "فهد العتيبي", "person", "rule:title"),
    ("وصل الرئيس الفنلندي أوسكار ليندبرغ إلى المدينة.", "أوسكار ليندبرغ", "person", "rule:title"),
    ("استقبل الأمير فيصل بن فرحان نظيره.", "فيصل بن فرحان", "person", "lexicon"),
    ("وقالت الوزيرة كاترينا ميلر إن الخطة جاهزة.", "كاترينا ميلر", "person", "rule:title"),
    ("وأضاف الدكتور تيودور بانيتش أن اللقاح فعال.", "تيودور بانيتش", "person", "rule:title"),
    ("التقى السفير الياباني كينجي تاناكا بالمسؤولين.", "كينجي تاناكا", "person", "rule:title"),
    ("وتحدث الناطق باسم الحكومة جوزيف بيرتو في مؤتمر صحفي.", "جوزيف بيرتو", "person", "rule:title"),
    ("قال المبعوث الخاص ماتياس كورن إن الحوار مستمر.", "ماتياس كورن", "person", "rule:title"),
    ("ووصل السيد أبو شاكر إلى القاعة.", "أبو شاكر", "person", "rule:title"),
    ("وأشادت السيدة ماريا فارغاس بالمبادرة.", "ماريا فارغاس", "person", "rule:title"),
    ("وكتب الصحفي ميغيل سانتوس تقريرا مطولا.", "ميغيل سانتوس", "person", "rule:title"),
    ("وعزفت الفنانة ليلي كيم مقطوعة.", "ليلي كيم", "person", "rule:title"),
    ("وصرح العقيد رينيه ديلما بأن الدورية عادت.", "رينيه ديلما", "person", "rule:title"),
    ("قدم البروفيسور هانس أولريش محاضرة.", "هانس أولريش", "person", "rule:title"),
    ("وقال وزير المالية الكندي دومينيك لوبلان للصحفيين.", "دومينيك لوبلان", "person", "rule:title"),
    ("وأكد للسيد بيتر كولمان أن الموعد ثابت.", "بيتر كولمان", "person", "rule:title"),
    // the body the title serves, ل + article, between the title and the name
    ("فيما قال المدير العام للهيئة سامر الخطيب إن العمل مستمر.", "سامر الخطيب", "person", "rule:title"),
    ("وقال الأمين العام للنقابة وليد الشامي إن الإضراب مستمر.", "وليد الشامي", "person", "rule:title"),
    // مدير عام before the body's name
    ("وأوضح مدير عام الدفاع المدني نادر الحلبي أن الطواقم تعمل.", "نادر الحلبي", "person", "rule:title"),
    // a family name the lists hold for another person
    ("وقال رئيس البلدية يحيى السراج إن المياه مقطوعة.", "يحيى السراج", "person", "rule:title"),
    // والي "governor", also after the wilaya with its descriptor; football positions
    ("وقال والي ولاية النيل الأبيض عمر الخليفة إن القصف مستمر.", "عمر الخليفة", "person", "rule:title"),
    ("وقال الوالي محمد الطاهر إن الأمن مستتب.", "محمد الطاهر", "person", "rule:title"),
    ("وسجل المهاجم المصري عمر مرموش هدفين.", "عمر مرموش", "person", "rule:title"),
    // a family name in ات after a known given name; a compound given name and its family
    ("اعتقلت قوات الاحتلال المهندس رامي عبيدات من منزله.", "رامي عبيدات", "person", "rule:title"),
    ("وقالت الطبيبة نور الهدى العمري إن الحالات ارتفعت.", "نور الهدى العمري", "person", "rule:title"),
    // two nisba family names; بن + name and آل + family after the given name
    ("أكدت الأستاذة خديجة العمراني الحسني أن المشروع تأخر.", "خديجة العمراني الحسني", "person", "rule:title"),
    ("استقبل الشيخ فيصل بن ناصر آل ثاني الوفد.", "فيصل بن ناصر آل ثاني", "person", "rule:title"),
    // a full name the lists leave to context; a one-word place as the family name
    ("أصدر القاضي محمد البشير حكمه.", "محمد البشير", "person", "rule:title"),
    ("قالت الإعلامية سلوى الخليل إن البرنامج توقف.", "سلوى الخليل", "person", "rule:title"),
    // an unknown given name after a title takes a nisba family name
    ("وصلت برقية إلى الحاج معزوز البغدادي أمس.", "معزوز البغدادي", "person", "rule:title"),
    // a future verb and a تفعيل accusative end the name
    ("أعلن المحافظ سمير قاسم سيزور القرية غدا.", "سمير قاسم", "person", "rule:title"),
    ("كرم الاتحاد الفنان سمير حسن تكريما لمسيرته.", "سمير حسن", "person", "rule:title"),
    // a place that is also a given name is not the title's complement (جمال)
    ("كرمت الجمعية الفنان جمال سليمان تقديرا لعطائه.", "جمال سليمان", "person", "rule:title|rule:name-chain"),
];

const TITLE_NOT: &[Neg] = &[
    // a common adjective after the name is no family name; م. after a clock time is no title
    ("وقال المدرب زغلول الجديد إن الفريق جاهز.", "الجديد"),
    ("وصل الوفد في الساعة 5 م. وغادر مساء.", "وغادر"),
    // a past verb of the أفعل form after a title, with its definite object
    ("وأفادت الوكالة بأن الرئيس أقال رئيس الحكومة.", "أقال"),
    ("وكان الوزير أوفد المستشار إلى باريس.", "أوفد"),
    // what follows a title as the sentence goes on: a prepositional phrase, ل + a masdar,
    // a pronoun, the plural of a title
    ("أرسل كتابا إلى وزير التموين لاستيراد القمح.", "لاستيراد"),
    ("أرسل كتابا إلى وزير التموين بخصوص الاستيراد.", "بخصوص"),
    ("وقدمت الوزيرة لها الشكر.", "لها"),
    ("ووجه الدعوة إلى السادة رؤساء الهيئات.", "رؤساء"),
    ("ويشغل الدكتور قسيس حاليا منصب المدير.", "منصب"),
    ("وقال متحدث باسم الجيش إن القوات تتقدم.", "القوات"),
    ("وأوضح مستشار الرئيس للشؤون الأمنية أن الخطة جاهزة.", "للشؤون"),
    // إن folds to the name آن: still the particle
    ("وقال النائب أمين الهاشمي إن الجلسة تأجلت.", "الجلسة"),
    ("وقال الوزير إن الحكومة مستعدة للحوار.", "الحكومة"),
    // an imperfect or future verb after a title is the sentence going on
    ("كتبت الصحيفة أن الرئيس سيزور الجزائر الشهر المقبل.", "سيزور"),
    ("وقال الوزير يجب أن نعمل معا.", "يجب"),
    ("وكان الرئيس يلتقي نظيره في القصر.", "يلتقي"),
    ("قال الرئيس إن الاجتماع كان مثمرا.", "الاجتماع"),
    ("وقال وزير الداخلية إن الأمن مستتب.", "الأمن"),
    ("وأكد المتحدث أن الوضع هادئ.", "الوضع"),
    ("وقال المدرب إن الفريق جاهز.", "جاهز"),
    ("وفاز الفريق الضيف بالمباراة.", "الضيف"),
    ("وقال رئيس قسم المناهج إن الكتب وصلت.", "قسم"),
    ("أعلن الحزب الحاكم فوزه في الانتخابات.", "فوزه"),
    ("ووصل السفير متأخرا إلى الحفل.", "متأخرا"),
    ("وقال النائب العام إن التحقيق مستمر.", "التحقيق"),
    ("والتقى الوزير بنظيره في الرياض.", "بنظيره"),
    // نظيره "his counterpart" folds to the given name نظيرة
    ("والتقى الوزير نظيره الأردني في عمان.", "نظيره"),
    ("وبحث الرئيس مع نظيرته الفنلندية سبل التعاون.", "نظيرته"),
    ("وقال الرئيس التنفيذي للشركة إن الأرباح تراجعت.", "للشركة"),
    // ل + article after a title is its complement, not a name; عام before a year is the year
    ("وقال الرئيس للصحفيين إن الاتفاق قريب.", "للصحفيين"),
    ("وقال الرئيس عام 2019 إن البلاد مستعدة.", "عام"),
    // وإلى "and to", written with or without hamza and with ى, has the matching form of والي
    ("والى جانب ذلك قال الرئيس إن الوضع صعب.", "جانب"),
    ("وإلى جانب ذلك قال الرئيس إن الوضع صعب.", "جانب"),
    // an accusative noun after a title and its body is the verb's object; بشأن after a title
    ("وأصدر حاكم مصرف لبنان قرارا جديدا.", "قرارا"),
    ("وصلت رسالة من قائمقام نابلس بشأن إقفال السوق.", "إقفال"),
    ("أعلن المحافظ سمير قاسم سيزور القرية غدا.", "سيزور"),
    ("كرم الاتحاد الفنان سمير حسن تكريما لمسيرته.", "تكريما"),
    ("قال الوزير محمد العلي السياسي إن الاتفاق صامد.", "السياسي"),
    // a title word inside a listed name; سابق "former" after مدير عام
    ("وقالت الوكالة إن الرئيس محمد ولد الشيخ الغزواني أشرف على تدشين الميناء.", "أشرف"),
    ("أحيل مدير عام سابق في الوزارة إلى التحقيق.", "سابق"),
];

#[test]
fn titles() {
    check(TITLE, TITLE_NOT);
}

// ---------------------------------------------------------------------------------------------
// rule:name-chain and rule:given-name: given names, بن/ابن/أبو, unknown words, one family name.

const NAME_CHAIN: &[Case] = &[
    // a nisba after two given names is the family name
    ("وقال عمار حسين التونسي إن السوق مغلق.", "عمار حسين التونسي", "person", "rule:name-chain"),
    // a kunya takes a definite family name after it
    ("وبحسب ما قاله المواطن أبو أحمد النجار فإن القصف استمر.", "أبو أحمد النجار", "person", "rule:name-chain"),
    // after أبو, a word the lists hold as a place is part of the name
    ("وقال مدير المستشفى محمد أبو سلمية إن الوضع كارثي.", "محمد أبو سلمية", "person", "rule:name-chain"),
    // a two-word family name the lexicon knows as someone else's surname
    ("نشر المقال الكاتب عبد الحميد عبد العاطي أمس.", "عبد الحميد عبد العاطي", "person", "rule:name-chain"),
    // بإسم ("in the name of") is not the given name باسم
    ("صدرت الشهادة بإسم عبد الغني المجدلي عام 1950.", "عبد الغني المجدلي", "person", "rule:name-chain"),
    // a kunya: أبو or أم + a given name
    ("وتحدث أبو كريم عن ابنه الأسير.", "أبو كريم", "person", "rule:name-chain"),
    ("وقالت أم خالد إن ابنها اعتقل.", "أم خالد", "person", "rule:name-chain"),
    ("وقال أبو عبيدة في كلمة مصورة إن المعركة مستمرة.", "أبو عبيدة", "person", "rule:name-chain"),
    // after a reporting verb a given name that is also a word starts a name
    ("وقال صالح الخربوش إن الأرض له.", "صالح الخربوش", "person", "rule:name-chain"),
    ("وأكد شاكر سمارة صحة الخبر.", "شاكر سمارة", "person", "rule:name-chain"),
    ("التقى خالد العمري بنظيره في المساء.", "خالد العمري", "person", "rule:name-chain"),
    ("قال محمد بن عبد الله الحربي إنه سيترشح.", "محمد بن عبد الله الحربي", "person", "rule:name-chain"),
    ("وصل عبد الكريم أبو النصر إلى المطار.", "عبد الكريم أبو النصر", "person", "rule:name-chain"),
    ("تحدث إبراهيم نصر الله عن روايته.", "إبراهيم نصر الله", "person", "rule:name-chain"),
    ("وقال سيرغي كوزلوفسكي إن الطريق مغلق.", "سيرغي كوزلوفسكي", "person", "rule:name-chain"),
    ("التقت أولغا ميخايلوفا بالصحفيين.", "أولغا ميخايلوفا", "person", "rule:name-chain"),
    ("وكتب أندريه شيفتشينكو مقالا.", "أندريه شيفتشينكو", "person", "rule:name-chain"),
    ("وقال فهد العتيبي إن الوضع جيد.", "فهد العتيبي", "person", "rule:name-chain"),
    ("وتسلم سامر الخطيب الجائزة.", "سامر الخطيب", "person", "rule:name-chain"),
    ("وشاركت نوال الزغبي في الحفل.", "نوال الزغبي", "person", "rule:name-chain"),
    ("وأعلن أحمد المسماري انسحاب القوات.", "أحمد المسماري", "person", "rule:name-chain"),
    ("وفاز يوسف النصيري بالجائزة.", "يوسف النصيري", "person", "rule:name-chain"),
    ("وأشار عمر بن الخطاب في الرواية إلى العدل.", "عمر بن الخطاب", "person", "rule:name-chain"),
    ("وقالت فاطمة أحمد علي إن الأسعار ارتفعت.", "فاطمة أحمد علي", "person", "rule:name-chain"),
    ("واستقبل عبد الرحمن المحمود الزوار.", "عبد الرحمن المحمود", "person", "rule:name-chain"),
    ("وأكد عبدالعزيز الشمري أن المشروع اكتمل.", "عبدالعزيز الشمري", "person", "rule:name-chain"),
    ("ونشر مصطفى كمال صورا من الموقع.", "مصطفى كمال", "person", "rule:name-chain"),
    ("وتحدثت إيفانكا ترامب عن كتابها.", "إيفانكا ترامب", "person", "lexicon"),
    ("وقال حسين أبو الغيط إن الجلسة انتهت.", "حسين أبو الغيط", "person", "rule:name-chain"),
    ("وصل ماجد بن سعيد الكعبي صباحا.", "ماجد بن سعيد الكعبي", "person", "rule:name-chain"),
    ("وقالت مريم إن الطقس جميل.", "مريم", "person", "rule:given-name"),
    ("جاء يوسف متأخرا إلى الاجتماع.", "يوسف", "person", "rule:given-name"),
    ("وأوضحت سلمى أن الأطفال بخير.", "سلمى", "person", "rule:given-name"),
    ("واتصل طارق بوالدته.", "طارق", "person", "rule:given-name"),
    // علي written so before a given name is the name, not على
    ("والتقى الوزير السوداني علي يوسف الشريف نظيره.", "علي يوسف الشريف", "person", "rule:title"),
    // a kunya with an indefinite family name
    (
        "وقال مختار الحي، أبو سمير قباني، إن العائلات عادت.",
        "أبو سمير قباني",
        "person",
        "rule:name-chain|rule:apposition",
    ),
    // يدعى "is called" opens a name; آدم is also the Omani town أدم
    ("وقال قائد ميداني يدعى آدم حامد جبريل إن قواته تقدمت.", "آدم حامد جبريل", "person", "rule:name-chain"),
];

const NAME_CHAIN_NOT: &[Neg] = &[
    // إن folds to آن (a given name) but is the particle, also before an unknown word
    ("وقال جوزيف مارتيني إن مراكز الإيواء امتلأت.", "مراكز"),
    ("وقال مدرسون إن الرواتب متأخرة منذ أشهر.", "مدرسون"),
    // ك before a given name is rarely "like": كريما is no ك + ريما
    ("وقدمت المنظمة دعما كريما للأسر المحتاجة.", "كريما"),
    // sports nouns end a chain (هدف الفوز is the goal, not a family name)
    ("وسجل المهاجم مصطفى محمد هدف الفوز لفريقه.", "هدف"),
    ("وقاد المدرب جوزيه بيسيرو منتخب السعودية إلى الفوز.", "منتخب"),
    // a title before a known name belongs to that name, not to the chain before it
    ("وكلف عون القاضي نواف سلام تشكيل الحكومة.", "القاضي"),
    // كيان "entity" is not ك + the given name يان
    ("ووصفت الحكومة التنظيم بأنه كيان إرهابي.", "كيان"),
    // a definite feminine nisba after a man's name is an adjective, not his family name
    ("وتضررت أراضي سمير الزراعية بعد الفيضان.", "الزراعية"),
    // after a reporting verb, a plural after the name is the verb's object
    ("وأعلن عادل الإجراءات الجديدة أمس.", "الإجراءات"),
    // a word that reads ف + a given name (فصائل) and a religious phrase that is also a name
    ("اندلعت اشتباكات بين فصائل المعارضة وقوات النظام.", "المعارضة"),
    ("السلام عليكم ورحمة الله وبركاته.", "رحمة"),
    // a past verb with a hamza after a name is the sentence going on
    ("ويقف الى جنبه ابنه لطفي أخذت الصورة في القرية.", "أخذت"),
    ("هل زاره محمد أم أحمد في المساء؟", "أم"),
    ("هل هو صديق أم عدو للبلاد؟", "عدو"),
    ("وقال صالح الخبراء إن الأرض له.", "الخبراء"),
    // an imperfect verb after a name is the sentence going on
    ("وكانت ليلى تنتظر عودته منذ أيام.", "تنتظر"),
    ("جاء يوسف متأخرا إلى الاجتماع.", "متأخرا"),
    ("عاد كريم مبكرا من العمل.", "مبكرا"),
    ("وكتب أندريه شيفتشينكو مقالا.", "مقالا"),
    ("ويبقى الأمل قائما في الحل.", "الأمل"),
    ("وكان النور مقطوعا عن الحي.", "النور"),
    ("وتحقق السلام في المنطقة.", "السلام"),
    ("قال إن العمر ليس عائقا.", "العمر"),
    ("وهذا عمل جميل جدا.", "جميل"),
    ("وقدم الفريق أداء حسنا.", "حسنا"),
    ("ويمثل هذا القرار تحولا كبيرا.", "كبيرا"),
    ("وفي عمر العشرين انتقل إلى المدينة.", "عمر"),
    ("وعاش في سلام مع جيرانه.", "سلام"),
    ("وانتهى اللقاء بوعد جديد.", "بوعد"),
    ("وقدمت الحكومة منحة لكل طالب.", "منحة"),
    // بيان "statement" after a reporting verb is the statement, though also a given name
    ("وقال بيان صادر عن الرئاسة إن المحادثات مستمرة.", "صادر"),
    ("وأكد بيان مشترك للدول الثلاث أن الهدنة صامدة.", "مشترك"),
    // عمر "age" in obituaries, نورا "light" in the accusative
    ("توفي الكاتب في القاهرة عن عمر ناهز 88 عاما.", "ناهز"),
    ("ويأمل النازحون أن يحمل العام الجديد سلاما ونورا.", "ونورا"),
    // a name in ى met as a word in ي: سلمي "peaceful"
    ("وأكد الوزير أن برنامج بلاده النووي سلمي.", "سلمي"),
];

#[test]
fn name_chains() {
    check(NAME_CHAIN, NAME_CHAIN_NOT);
}

// ---------------------------------------------------------------------------------------------
// rule:foreign-shape: a given name before a transliterated Slavic family name.

const FOREIGN: &[Case] = &[
    ("وشارك إيفان بتروفيتش في المؤتمر.", "إيفان بتروفيتش", "person", "rule:foreign-shape|rule:name-chain"),
    ("وتحدث ميخائيل كوزنيتسوف للتلفزيون.", "ميخائيل كوزنيتسوف", "person", "rule:foreign-shape|rule:name-chain"),
    ("وأعلن أليكسي تشيرنيشوف استقالته.", "أليكسي تشيرنيشوف", "person", "rule:foreign-shape|rule:name-chain"),
    ("ورد دميتري سوكولوفسكي على الأسئلة.", "دميتري سوكولوفسكي", "person", "rule:foreign-shape|rule:name-chain"),
    ("وفازت يلينا بوندارينكو بالسباق.", "يلينا بوندارينكو", "person", "rule:foreign-shape|rule:name-chain"),
    ("وصرح نيكولاي غورباتوف بأن المصنع أغلق.", "نيكولاي غورباتوف", "person", "rule:foreign-shape|rule:name-chain"),
    ("وكتبت ناتاليا سيميونوفا رسالة مفتوحة.", "ناتاليا سيميونوفا", "person", "rule:foreign-shape|rule:name-chain"),
    ("والتقى غيورغي تشيكوفاني بالسفير.", "غيورغي تشيكوفاني", "person", "rule:name-chain"),
];

const FOREIGN_NOT: &[Neg] = &[
    ("ارتفعت الأسعار في سوق الخضروات.", "الخضروات"),
    ("وأكد أن الموقف ثابت ولن يتغير.", "الموقف"),
    ("ودعا إلى التوقف عن التصعيد.", "التوقف"),
    ("وقد تم الاتفاق على الوقف الفوري.", "الوقف"),
];

#[test]
fn foreign_shapes() {
    check(FOREIGN, FOREIGN_NOT);
}

// ---------------------------------------------------------------------------------------------
// rule:place-trigger: a place noun before an unknown name; the descriptor stays outside.

const PLACE_TRIGGER: &[Case] = &[
    // كفر + an indefinite unknown word is a village, with or without a trigger
    ("وأصيب شاب من كفر قرع برصاص الشرطة.", "كفر قرع", "location", "rule:place-trigger"),
    ("هدمت البيوت في قرية ام الشوف المهجرة.", "ام الشوف", "location", "rule:place-trigger"),
    // أبو/أم as the first word of a place name, though أبو alone is a stopword
    ("اقتحمت القوات قرية أبو شخيدم فجرا.", "أبو شخيدم", "location", "rule:place-trigger"),
    ("انقطع الطريق إلى منطقة أبو سمير الزراعية.", "أبو سمير", "location", "rule:place-trigger"),
    ("وصلت القوات إلى بلدة نوفوسيلسكي شرقا.", "نوفوسيلسكي", "location", "rule:place-trigger"),
    ("سقطت قذيفة على قرية عجرود فجرا.", "عجرود", "location", "rule:place-trigger"),
    ("نزح السكان من قرية اليامونة إلى المدارس.", "اليامونة", "location", "rule:place-trigger"),
    ("ارتفع منسوب نهر تيشينو بعد الأمطار.", "تيشينو", "location", "rule:place-trigger"),
    // village names in ين/ون are not sound plurals
    ("وصل الجنود إلى قرية صبارين صباحا.", "صبارين", "location", "rule:place-trigger"),
    ("هدمت البيوت في قرية اللجون عام 1948.", "اللجون", "location", "rule:place-trigger"),
    // a place that is also a common word, settled by the trigger, with the lexicon's canonical
    ("ولد الشاعر في مدينة الخليل.", "الخليل", "location", "rule:place-trigger"),
    ("وصل الزوار إلى مدينة مشهد الإيرانية.", "مشهد", "location", "rule:place-trigger"),
    ("يعيش الصيادون في جزيرة كوموليا منذ قرون.", "كوموليا", "location", "rule:place-trigger"),
    ("انقطعت الكهرباء عن مدينة سالدوريا.", "سالدوريا", "location", "rule:place-trigger"),
    ("وقع الحادث في منطقة تاربوش الجبلية.", "تاربوش", "location", "rule:place-trigger"),
    ("انتقلت العائلة إلى مخيم زيتونة.", "زيتونة", "location", "rule:place-trigger"),
    ("تساقطت الثلوج على جبل كروتال.", "كروتال", "location", "rule:place-trigger"),
    ("قام بجولة في حي المنشية القديم.", "المنشية", "location", "rule:place-trigger"),
    ("دخلت الدورية قرية بيت سوريك صباحا.", "بيت سوريك", "location", "rule:place-trigger"),
    ("وتقع بلدة عين قنيا في الجنوب.", "عين قنيا", "location", "rule:place-trigger"),
    ("زار الوفد محافظة الأنبار.", "الأنبار", "location", "lexicon"),
    ("وقع انفجار في مدينة تولتشيا الرومانية.", "تولتشيا", "location", "rule:place-trigger"),
];

const PLACE_TRIGGER_NOT: &[Neg] = &[
    // a masculine trigger and a nisba adjective (and the trigger behind a proclitic)
    ("قتل ثلاثة في قصف لمخيم سياحي بجنوب البلاد.", "سياحي"),
    ("وكفر الناس بالوعود بعد سنوات من الانتظار.", "الناس"),
    ("كفر بالله ورسوله في خطبته.", "بالله"),
    ("سقطت قذائف على قرية صغيرة في المنطقة.", "صغيرة"),
    ("وزار المسؤول مخيم اللاجئين في الأردن.", "اللاجئين"),
    ("وهاجم الشبان منطقة المستوطنين ليلا.", "المستوطنين"),
    ("أقيم الحفل في قرية الفنانين.", "الفنانين"),
    ("وصف الشاهد المشهد في الشارع.", "المشهد"),
    ("تعيش الأسر في منطقة زراعية نائية.", "زراعية"),
    ("وتضررت منطقة الصناعات الثقيلة.", "الصناعات"),
    ("وصلوا إلى مدينة كبيرة على الساحل.", "كبيرة"),
    ("وسكنوا في قرية جميلة بين الجبال.", "جميلة"),
    ("وافتتحت بلدية المدينة حديقة.", "حديقة"),
    ("وأغلقت منطقة المطار أمام المدنيين.", "المطار"),
    ("وعبروا نهرا صغيرا سيرا على الأقدام.", "صغيرا"),
    ("تقع القرية في منطقة حدودية.", "حدودية"),
    ("وتتوسع مدينة الملاهي كل عام.", "الملاهي"),
    ("وزار مدينة بلا كهرباء منذ أيام.", "بلا"),
    // ولاية "term of office" before a body or a title
    ("قرر المجلس تمديد ولاية البعثة عاما آخر.", "البعثة"),
    ("انتهت ولاية الرئيس الثانية.", "الرئيس"),
];

#[test]
fn place_triggers() {
    check(PLACE_TRIGGER, PLACE_TRIGGER_NOT);
}

// ---------------------------------------------------------------------------------------------
// rule:org-head: a head noun, its construct chain and adjectives up to a boundary.

const ORG_HEAD: &[Case] = &[
    // two definite nouns joined by و inside the name
    ("وقالت وزارة التربية والتعليم إن الامتحانات تبدأ غدا.", "وزارة التربية والتعليم", "organization", "rule:org-head"),
    ("وأعلنت هيئة الطرق والمواصلات عن مشروع جديد.", "هيئة الطرق والمواصلات", "organization", "rule:org-head"),
    (
        "وأكدت وزارة الخارجية والمغتربين السورية موقفها.",
        "وزارة الخارجية والمغتربين السورية",
        "organization",
        "rule:org-head",
    ),
    // a name in Latin letters after the head
    ("وأعلنت شركة OpenAI عن نموذج جديد.", "شركة OpenAI", "organization", "rule:org-head"),
    // a body named for a person: the person's name is inside the organization
    ("وأعلنت مجموعة بن لادن السعودية عن مشروع جديد.", "مجموعة بن لادن السعودية", "organization", "rule:org-head"),
    ("وأعلنت كتائب أبو علي مصطفى مسؤوليتها عن الهجوم.", "كتائب أبو علي مصطفى", "organization", "rule:org-head"),
    ("وتخرج في مدرسة خالد بن الوليد الثانوية.", "مدرسة خالد بن الوليد", "organization", "rule:org-head"),
    // named for a person, with a nisba adjective after the name; the queen's name is no person
    ("هبطت الطائرة في مطار الملكة علياء الدولي مساء.", "مطار الملكة علياء الدولي", "organization", "rule:org-head"),
    ("نقل المصاب إلى مستشفى الملك فهد التخصصي.", "مستشفى الملك فهد التخصصي", "organization", "rule:org-head"),
    // a head noun behind proclitics, which the tokenizer splits off though no list holds the word
    ("واجتمع ممثلون عن الجيش ووزارة الدفاع أمس.", "وزارة الدفاع", "organization", "rule:org-head"),
    ("وقدم المرشح أوراقه للجنة الانتخابات المركزية.", "لجنة الانتخابات المركزية", "organization", "rule:org-head"),
    // المالية is "financial" after an indefinite head, "Malian" after a definite one
    ("وقالت وزارة المالية إن العجز تراجع.", "وزارة المالية", "organization", "rule:org-head"),
    ("وقالت وزارة المالية السعودية إن العجز تراجع.", "وزارة المالية السعودية", "organization", "rule:org-head"),
    ("وقال الجيش المالي إن الهجوم صد.", "الجيش المالي", "organization", "rule:org-head|lexicon"),
    ("وارتفع مؤشر البورصة الفلسطينية أمس بنسبة طفيفة.", "البورصة الفلسطينية", "organization", "rule:org-head"),
    ("وأعلنت شركة سامر عن أرباحها السنوية.", "شركة سامر", "organization", "rule:org-head"),
    ("أعلنت شركة أرامكو السعودية أرباحها.", "شركة أرامكو السعودية", "organization", "rule:org-head"),
    ("أصدرت هيئة سوق المال قرارا جديدا.", "هيئة سوق المال", "organization", "rule:org-head"),
    ("ذكرت وكالة الأنباء الألمانية أن الاجتماع انتهى.", "وكالة الأنباء الألمانية", "organization", "rule:org-head"),
    ("قالت وزارة الزراعة التونسية إن المحصول وفير.", "وزارة الزراعة التونسية", "organization", "rule:org-head"),
    ("وقدمت جمعية حماية المستهلك شكوى.", "جمعية حماية المستهلك", "organization", "rule:org-head"),
    ("ونظمت نقابة المهندسين وقفة احتجاجية.", "نقابة المهندسين", "organization", "rule:org-head"),
    (
        "وقالت شركة الوساطة للأوراق المالية إن التداول توقف.",
        "شركة الوساطة للأوراق المالية",
        "organization",
        "rule:org-head",
    ),
    ("وافتتح مركز بابل للصحة النفسية أبوابه.", "مركز بابل للصحة النفسية", "organization", "rule:org-head"),
    ("وأصدرت محكمة الاستئناف حكمها.", "محكمة الاستئناف", "organization", "rule:org-head"),
    ("وانتقد حزب الخضر الألماني الخطة.", "حزب الخضر الألماني", "organization", "rule:org-head"),
    ("وقال مجلس إدارة البنك المركزي إن الفائدة ثابتة.", "مجلس إدارة البنك المركزي", "organization", "rule:org-head"),
    ("وأعلنت وزارة الدفاع البولندية عن صفقة.", "وزارة الدفاع البولندية", "organization", "rule:org-head"),
    ("ونفت هيئة الإذاعة البريطانية الخبر.", "هيئة الإذاعة البريطانية", "organization", "lexicon"),
    ("وقالت اللجنة الأولمبية الدولية إن الموعد ثابت.", "اللجنة الأولمبية الدولية", "organization", "lexicon"),
    ("ووقع اتحاد الكرة المصري الاتفاق.", "اتحاد الكرة المصري", "organization", "rule:org-head"),
    ("وأطلقت مؤسسة الملك خالد برنامجا.", "مؤسسة الملك خالد", "organization", "rule:org-head"),
    ("وتبنت جبهة الإنقاذ الوطني القرار.", "جبهة الإنقاذ الوطني", "organization", "rule:org-head"),
    ("وحذرت منظمة أطباء بلا حدود من الأوبئة.", "منظمة أطباء بلا حدود", "organization", "lexicon"),
    // a nisba adjective agreeing with the head after a place in the name
    ("وقالت مؤسسة دبي الخيرية إن التوزيع توقف.", "مؤسسة دبي الخيرية", "organization", "rule:org-head"),
    ("وهبطت الطائرة في مطار أربيل الدولي صباحا.", "مطار أربيل الدولي", "organization", "rule:org-head"),
    ("ودعا بنك إنجلترا المركزي إلى التريث.", "بنك إنجلترا المركزي", "organization", "rule:org-head"),
    // إدارة before another head leaves the name to it
    ("وأقالت إدارة نادي الشعلة مدربها.", "نادي الشعلة", "organization", "rule:org-head"),
    // a participle that describes the body ends its name
    ("أعلن الحزب الديمقراطي الليبرالي الحاكم فوزه.", "الحزب الديمقراطي الليبرالي", "organization", "rule:org-head"),
    ("وقالت منظمة الإغاثة التابعة للكنيسة إن القافلة وصلت.", "منظمة الإغاثة", "organization", "rule:org-head"),
    // preposition + a verbal noun of the إفعال form is the sentence going on
    ("أمر القاضي لدى محكمة الجنايات بإيداع المتهم السجن.", "محكمة الجنايات", "organization", "rule:org-head"),
    // a purpose after the name: ل + article, a plural of people once the name has a word of its
    // own, ل + a noun in construct, a second purpose joined by و
    ("وأعلنت النقابة العامة للمعلمين الإضراب.", "النقابة العامة للمعلمين", "organization", "rule:org-head"),
    (
        "وقالت الهيئة الوطنية لمكافحة الفساد إن التحقيق مستمر.",
        "الهيئة الوطنية لمكافحة الفساد",
        "organization",
        "rule:org-head",
    ),
    ("أعلنت الهيئة العامة لميناء العقبة زيادة الرسوم.", "الهيئة العامة لميناء العقبة", "organization", "rule:org-head"),
    ("وأعلنت شركة سامسونغ للإلكترونيات أرباحها.", "شركة سامسونغ للإلكترونيات", "organization", "rule:org-head"),
    ("أسست شركة الأمل للتجارة والصناعة عام 1990.", "شركة الأمل للتجارة والصناعة", "organization", "rule:org-head"),
    ("وفق ما أفادت الوكالة الوطنية للإعلام.", "الوكالة الوطنية للإعلام", "organization", "rule:org-head"),
];

const ORG_HEAD_NOT: &[Neg] = &[
    // after a definite head, و joins two bodies
    ("وانتشر الجيش الإسرائيلي والشرطة في المدينة.", "والشرطة"),
    ("وطورت الشركة تطبيقا لهواتف iPhone الجديدة.", "iPhone"),
    // a government named by its leader stays a common noun and a person
    ("وانتقدت حكومة نتنياهو القرار بشدة.", "حكومة"),
    // forces named by a common noun are a description
    ("وانتشرت قوات الأمن في الشوارع بكثافة.", "الأمن"),
    ("اندلعت اشتباكات بين فصائل المعارضة وقوات النظام.", "النظام"),
    // an indefinite head with a nationality adjective or a trade is a description
    ("وفازت شركة صينية بعقد بناء الميناء.", "صينية"),
    ("تعاقدت الحكومة مع شركة طيران أوروبية.", "طيران"),
    ("قالت الحكومة إن الإجراءات ستستمر.", "الحكومة"),
    ("وأكدت اللجنة أن الملف مغلق.", "اللجنة"),
    ("تأسست شركة صغيرة لصناعة الأثاث.", "شركة"),
    ("قال مسؤول في الشركة إن الأرباح تراجعت.", "الشركة"),
    ("وانتقد حزب العمال البريطاني الحكومة بشدة.", "الحكومة"),
    ("وأصدرت الوزارة بيانا للصحفيين.", "الوزارة"),
    ("وقال المجلس إن الجلسة تأجلت.", "المجلس"),
    ("وعاد الجيش إلى ثكناته.", "الجيش"),
    ("ودخلت المحكمة في عطلة.", "المحكمة"),
    ("وانعقد مجلس الوزراء للصحفيين أمس.", "للصحفيين"),
    ("وقال إن الجامعة استقبلت طلابا جددا.", "الجامعة"),
    ("وتنتظر الشركات قرار البنك.", "الشركات"),
    // a nisba that does not agree with the head belongs to the next noun phrase
    ("وقدم بنك فلسطين الهدية للفائزين.", "الهدية"),
    // حركة "traffic" of ships, trade, people
    ("واستؤنفت حركة الصادرات عبر الميناء.", "الصادرات"),
    ("وشهدت حركة السفن تراجعا كبيرا.", "السفن"),
    ("أعلن الحزب الديمقراطي الليبرالي الحاكم فوزه.", "الحاكم"),
    ("وقالت منظمة الإغاثة التابعة للكنيسة إن القافلة وصلت.", "التابعة"),
    ("أمر القاضي لدى محكمة سيدي حسن بإيداع المتهم السجن.", "بإيداع"),
    // a place that is also a word completes a name only right after the head (حقل, a Saudi town)
    ("وأعلنت شركة بتروبراس اكتشاف حقل جديد.", "حقل"),
    // whom a body told is no purpose; nor a noun with a pronoun, nor the verb's object
    ("وقالت الجمعية للصحفيين إن الدعم توقف.", "الجمعية"),
    ("وقدمت مؤسسة الملك خالد لمستحقيها الدعم.", "الدعم"),
    ("وأعلنت النقابة العامة للمعلمين الإضراب.", "الإضراب"),
    // the school of the village, the hospital of the town: no name
    ("يعمل في مدرسة القرية منذ عشر سنوات.", "مدرسة"),
    ("نقل الجرحى إلى مستشفى المدينة.", "مستشفى"),
];

/// A head noun in construct behind ل has no article to restore: للجنة is ل + لجنة.
#[test]
fn construct_head_behind_lam_keeps_its_canonical_form() {
    let found = entities("وقدم المرشح أوراقه للجنة الانتخابات المركزية.");
    let org = found.iter().find(|a| a.category == Category::Organization).expect("the committee");
    assert_eq!(org.canonical.as_deref(), Some("لجنة الانتخابات المركزية"));
}

#[test]
fn org_heads() {
    check(ORG_HEAD, ORG_HEAD_NOT);
}

// ---------------------------------------------------------------------------------------------
// rule:media: a media descriptor before a known name: the name alone.

const MEDIA: &[Case] = &[
    ("وقالت الناشطة لـ\"الجزيرة نت\" إن الأوضاع صعبة.", "الجزيرة نت", "organization", "lexicon"),
    ("ونشرت صحيفة العربي الجديد تقريرا مطولا.", "العربي الجديد", "organization", "rule:media"),
    ("وقال المحلل لقناة العربية إن التهدئة ممكنة.", "العربية", "organization", "rule:media"),
    ("وقال في تصريح لصحيفة الشرق الأوسط إن المحادثات متعثرة.", "الشرق الأوسط", "organization", "rule:media"),
    ("وأفاد مراسل الجزيرة في غزة بأن الغارات مستمرة.", "الجزيرة", "organization", "rule:media"),
    // a print title the lists do not hold: a definite noun after the indefinite head, or quoted
    ("ونشرت جريدة الكفاح مقالا عن الإضراب.", "الكفاح", "organization", "rule:media"),
    ("وفق صحيفة \"مرآة الشرق\" الصادرة في القدس.", "مرآة الشرق", "organization", "rule:media"),
    ("وذكرت وكالة \"واصل\" أن الاجتماع انتهى.", "واصل", "organization", "rule:media"),
    ("قالت صحيفة \"هآرتس\" إن الخطة فشلت.", "هآرتس", "organization", "rule:media"),
    ("بثت قناة الجزيرة الخبر.", "الجزيرة", "organization", "rule:media"),
    ("ونقلت وكالة «رويترز» عن مصادر أن الصفقة أبرمت.", "رويترز", "organization", "rule:media"),
    ("وذكرت صحيفة نيويورك تايمز أن التحقيق بدأ.", "نيويورك تايمز", "organization", "rule:media"),
    ("وأفادت وكالة تاس بأن الوفد وصل.", "تاس", "organization", "rule:media"),
    ("وقالت قناة العربية إن الانتخابات تأجلت.", "العربية", "organization", "rule:media"),
    ("وكتبت مجلة فورين بوليسي أن التوتر يتصاعد.", "فورين بوليسي", "organization", "rule:media"),
    ("ونشرت صحيفة الغارديان البريطانية تحقيقا.", "الغارديان", "organization", "rule:media"),
    // a news agency named for a place or an unknown word, with للأنباء; its short name in
    // parentheses, found again later
    ("ونقلت وكالة السودان للأنباء عن الوالي قوله إن المياه عادت.", "وكالة السودان للأنباء", "organization", "rule:media"),
    ("وذكرت وكالة مهر للأنباء أن الاجتماع انتهى.", "وكالة مهر للأنباء", "organization", "rule:media"),
    ("وقالت وكالة الأنباء الأردنية (بترا) إن الوزير وصل.", "بترا", "organization", "rule:alias"),
    (
        "وأعلنت هيئة تنظيم الاتصالات (تراك) قواعد جديدة. وقالت تراك إن الأسعار ستنخفض.",
        "تراك",
        "organization",
        "propagation",
    ),
];

const MEDIA_NOT: &[Neg] = &[
    // a media title that is also a phrase needs its head
    ("يتشكل النظام العربي الجديد ببطء.", "العربي"),
    ("وتسلم المتهم صحيفة الاتهام من المحكمة.", "الاتهام"),
    ("وقالت الصحيفة البريطانية إن الحكومة ستستقيل.", "البريطانية"),
    ("قرأ الخبر في صحيفة محلية.", "محلية"),
    ("وقالت القناة إن البث سيستأنف.", "القناة"),
    ("وأطلقت الحكومة قناة جديدة للأطفال.", "جديدة"),
    ("ونشرت الصحيفة صورا من الموقع.", "الصحيفة"),
    // parentheses after a body that hold a date or a phrase are no alias
    ("وأعلنت وزارة الصحة (الأحد) عن حالات جديدة.", "الأحد"),
    ("وقال الجيش اللبناني (في بيان) إن الدورية عادت.", "بيان"),
];

#[test]
fn media() {
    check(MEDIA, MEDIA_NOT);
}

// ---------------------------------------------------------------------------------------------
// rule:acronym: a Latin acronym among Arabic words.

const ACRONYM: &[Case] = &[
    ("أعلنت منظمة الصحة العالمية (WHO) حالة الطوارئ.", "WHO", "organization", "rule:acronym"),
    ("نشرت منظمة OECD تقريرها السنوي.", "OECD", "organization", "rule:acronym"),
    ("وقالت وكالة ناسا NASA إن الإطلاق تأجل.", "NASA", "organization", "rule:acronym"),
    ("وانتقدت منظمة HRW الإجراءات.", "HRW", "organization", "rule:acronym"),
    ("وبحث صندوق النقد (IMF) الطلب.", "IMF", "organization", "rule:acronym"),
    ("وأكدت شركة BMW أن الإنتاج مستمر.", "BMW", "organization", "rule:acronym"),
    ("وقال تقرير لمنظمة UNICEF إن الأطفال يعانون.", "UNICEF", "organization", "rule:acronym"),
];

const ACRONYM_NOT: &[Neg] = &[
    ("ظهرت رسالة ERROR في النظام الجديد.", "ERROR"),
    ("يبلغ سعر البرميل 80 USD في السوق.", "USD"),
    ("وتبلغ سرعة الاتصال 100 MB في الثانية.", "MB"),
    ("أرسل الملف بصيغة PDF إلى البريد.", "PDF"),
    ("وأنتجت المحطة 500 MW من الكهرباء.", "MW"),
    ("ونشر مقطع فيديو بدقة HD على الموقع.", "HD"),
    ("وكتب على اللافتة: STOP.", "STOP"),
    ("وصلت الشحنة في تمام الساعة 10 AM.", "AM"),
    ("يحتوي الجهاز على ذاكرة RAM كبيرة.", "RAM"),
];

#[test]
fn acronyms() {
    check(ACRONYM, ACRONYM_NOT);
}

// ---------------------------------------------------------------------------------------------
// lexicon: clitics outside the span, ل+ال inside, spelling variants, marks and tatweel.

const LEXICON: &[Case] = &[
    ("وقال بوتين إن الحوار ممكن.", "بوتين", "person", "lexicon"),
    ("وصل الوفد إلى موسكو أمس.", "موسكو", "location", "lexicon"),
    ("وزار الوزير لروسيا مرتين.", "روسيا", "location", "lexicon"),
    ("وبموسكو عقد الاجتماع.", "موسكو", "location", "lexicon"),
    ("عاد الوفد وبيروت تستعد للقمة.", "بيروت", "location", "lexicon"),
    ("وجه رسالة للولايات المتحدة.", "لولايات المتحدة", "location", "lexicon"),
    // a camp's and a countryside's descriptor stay outside a listed place, but for the
    // governorate whose official name holds it
    ("وصل مئات النازحين إلى مخيم الزعتري أمس.", "الزعتري", "location", "lexicon"),
    ("وتواصل القصف على ريف حلب الغربي.", "حلب", "location", "lexicon"),
    ("وأعلنت محافظة ريف دمشق إغلاق المدارس.", "ريف دمشق", "location", "lexicon"),
    ("وقدم شكره للأمم المتحدة.", "لأمم المتحدة", "organization", "lexicon"),
    ("وتحدث الرئيس عن أوكرانيا.", "أوكرانيا", "location", "lexicon"),
    ("وتحدث الرئيس عن اوكرانيا.", "اوكرانيا", "location", "lexicon"),
    ("وصلت المساعدات إلى أوكــرانيا.", "أوكــرانيا", "location", "lexicon"),
    // a word known whole (وام, the agency) still splits when its stem starts a longer name
    ("تظاهر الآلاف في الخرطوم وأم درمان مساء.", "أم درمان", "location", "lexicon"),
    ("وذكرت وام أن الوفد وصل.", "وام", "organization", "lexicon"),
    // presentation forms, as text copied out of a PDF gives them (ﻻ is one character)
    ("ﺍﻟﺘﻘﻰ ﻓﻼﺩﻳﻤﻴﺮ ﺑﻮﺗﻴﻦ ﻧﻈﻴﺮﻩ ﻓﻲ ﻣﻮﺳﻜﻮ.", "ﻓﻼﺩﻳﻤﻴﺮ ﺑﻮﺗﻴﻦ", "person", "lexicon"),
    ("ﺍﻟﺘﻘﻰ ﻓﻼﺩﻳﻤﻴﺮ ﺑﻮﺗﻴﻦ ﻧﻈﻴﺮﻩ ﻓﻲ ﻣﻮﺳﻜﻮ.", "ﻣﻮﺳﻜﻮ", "location", "lexicon"),
    ("ﻭﺃﻋﻠﻨﺖ ﻭﺯﺍﺭﺓ ﺍﻟﺨﺎﺭﺟﻴﺔ ﺍﻟﺮﻭﺳﻴﺔ.", "ﻭﺯﺍﺭﺓ ﺍﻟﺨﺎﺭﺟﻴﺔ ﺍﻟﺮﻭﺳﻴﺔ", "organization", "lexicon|rule:org-head"),
    ("وعادت القوات إلى سُورِيَا.", "سُورِيَا", "location", "lexicon"),
    ("وزار الرئيس فبراير الماضي كندا.", "كندا", "location", "lexicon"),
    ("وقالت الصين إن التجارة مستمرة.", "الصين", "location", "lexicon"),
    ("ووقعت بكين اتفاقا مع لندن.", "بكين", "location", "lexicon"),
    ("وأعلنت كييف عن هجوم.", "كييف", "location", "lexicon"),
    ("واجتمع الوزراء في بريطانيا.", "بريطانيا", "location", "lexicon"),
    ("وتحدث عن الشرق الأوسط طويلا.", "الشرق الأوسط", "location", "lexicon"),
    ("وقال الناتو إن التدريبات ستستمر.", "الناتو", "organization", "lexicon"),
    ("وأعلنت يونيسف عن حملة تطعيم.", "يونيسف", "organization", "lexicon"),
    ("وقالت فرانس برس إن الاجتماع انتهى.", "فرانس برس", "organization", "lexicon"),
    ("وفي شبه جزيرة القرم تجري مناورات.", "القرم", "location", "lexicon"),
    ("ويمر نهر الدانوب بعدة دول.", "الدانوب", "location", "lexicon"),
    ("وزار سلطنة عمان الأسبوع الماضي.", "سلطنة عمان", "location", "lexicon"),
    ("وقال الكرملين إن اللقاء مهم.", "الكرملين", "organization", "lexicon"),
    ("وقالت واشنطن إنها لن تتراجع.", "واشنطن", "location", "lexicon"),
    ("وتسلم فلاديمير بوتين الرسالة.", "فلاديمير بوتين", "person", "lexicon"),
    ("وهاجم ترامب المحكمة.", "ترامب", "person", "lexicon"),
    ("وتوجه إلى الإمارات العربية المتحدة.", "الإمارات العربية المتحدة", "location", "lexicon"),
    // ولاية and جهة are descriptors outside the span, as مدينة and إقليم are
    ("وزار الوفد ولاية القصرين أمس.", "القصرين", "location", "lexicon"),
    ("وقال المسؤول إن جهة سوس ماسة تضررت.", "سوس ماسة", "location", "lexicon"),
];

const LEXICON_NOT: &[Neg] = &[
    // آبل (Apple) folds to the letters of إبل (camels)
    ("ترعى الإبل في الصحراء الواسعة.", "الإبل"),
    ("وقال المسؤول الروسي إن الاتفاق قريب.", "الروسي"),
    ("ووصلت الطائرات الأميركية إلى القاعدة.", "الأميركية"),
    ("ووصلت الطائرات الأمريكية إلى القاعدة.", "الأمريكية"),
    ("ووقع الاتفاق مع الجانب الأوكراني.", "الأوكراني"),
    ("وحضر المؤتمر خبراء مصريون.", "مصريون"),
    ("وأعاد الوزير فتح الملف.", "فتح"),
    ("وكان الأمل كبيرا بالنصر.", "بالنصر"),
    ("ويحاول الأطباء علاج المرضى.", "علاج"),
    ("وقالت إن الغرب لم يتحرك.", "الغرب"),
    ("وطلبت الحكومة مساعدة دولية.", "الحكومة"),
    ("واستخدموا سلاحا أبيض في الشجار.", "أبيض"),
    ("وقاموا بعمل جماعي في القرية.", "جماعي"),
];

#[test]
fn lexicon_spans() {
    check(LEXICON, LEXICON_NOT);
}

// ---------------------------------------------------------------------------------------------
// propagation: a name found once is annotated at its other mentions, proclitics outside.

const PROPAGATION: &[Case] = &[
    ("وصل إيفان فيدوروف إلى المدينة. وقال فيدوروف إن الوضع صعب.", "فيدوروف", "person", "propagation"),
    ("وصل إيفان فيدوروف إلى المدينة. وأكد وفيدوروف يبتسم أن الوضع صعب.", "فيدوروف", "person", "propagation"),
    ("قصفت القوات مدينة تولتشيا. وعاد الهدوء إلى تولتشيا مساء.", "تولتشيا", "location", "propagation"),
    ("قال الرئيس كارلوس مينديتا إن الحوار ضروري.\nوأضاف مينديتا أن بلاده مستعدة.", "مينديتا", "person", "propagation"),
    ("قال المتحدث أندريس كاليرو إن القرار نهائي. وختم كاليرو بالشكر.", "كاليرو", "person", "propagation"),
    ("دخلت القوات قرية عجرود. وغادر سكان عجرود منازلهم.", "عجرود", "location", "propagation"),
];

#[test]
fn propagation() {
    check(PROPAGATION, &[]);
    // one canonical form for all mentions
    let found = entities("وصل إيفان فيدوروف إلى المدينة. وقال فيدوروف إن الوضع صعب.");
    let lone = found.iter().find(|a| a.text == "فيدوروف").expect("the second mention");
    assert_eq!(lone.canonical.as_deref(), Some("إيفان فيدوروف"));
    // also when a rule found the lone mention by itself (a given name after a verb)
    let found = entities("انتخب البرلمان جوزيف عون رئيسا. وكلف عون القاضي نواف سلام.");
    let lone: Vec<_> = found.iter().filter(|a| a.text == "عون").collect();
    assert_eq!(lone.len(), 1, "{}", describe(&found));
    assert_eq!(lone[0].canonical, found[0].canonical);
}

// ---------------------------------------------------------------------------------------------
// rule:motion: a place that is also a common word, after a word of motion and its preposition.

const MOTION: &[Case] = &[
    ("وصل الوفد إلى صور مساء أمس.", "صور", "location", "rule:motion"),
    ("نزح آلاف السكان من الرمادي إلى بغداد.", "الرمادي", "location", "rule:motion"),
    ("وعاد المهندس إلى الأبيض بعد سنوات.", "الأبيض", "location", "rule:motion"),
];

const MOTION_NOT: &[Neg] = &[
    ("وعاد الموظفون إلى العمل بعد الإجازة.", "العمل"),
    ("وتحولت الصور إلى الأبيض والأسود.", "الأبيض"),
    ("وشاهد صور المدينة القديمة.", "صور"),
];

#[test]
fn motion() {
    check(MOTION, MOTION_NOT);
}

// ---------------------------------------------------------------------------------------------
// rule:speaker: a given name before a colon at the start of a transcript line.

const SPEAKER: &[Case] = &[
    ("سليم: لا أعرف ماذا أقول", "سليم", "person", "rule:speaker"),
    // a given name that is also a common word is a name in a speaker's label
    ("كريم : هات القهوة من المطبخ", "كريم", "person", "rule:speaker"),
    ("جهاد: سأعود بعد قليل", "جهاد", "person", "rule:speaker"),
    ("سلوى عيسى: هذا ما قلته لك", "سلوى عيسى", "person", "rule:speaker|rule:name-chain"),
    // the label names the speaker everywhere in the transcript
    ("نبيل: أين المفاتيح؟\nرد نبيل بصوت منخفض", "نبيل", "person", "propagation"),
];

const SPEAKER_NOT: &[Neg] = &[
    ("المذيع: مرحبا بكم في نشرة الأخبار", "المذيع"),
    ("ملاحظة: الاجتماع مؤجل", "ملاحظة"),
    ("سؤال: متى تنتهي الحرب؟", "سؤال"),
    // not at the start of the line, or no colon after the name
    ("وكان الرجل كريم: يعطي بلا حساب", "كريم"),
    ("كريم الأخلاق لا يغضب", "كريم"),
];

#[test]
fn speakers() {
    check(SPEAKER, SPEAKER_NOT);
}

const APPOSITION: &[Case] = &[
    // unknown words set off by commas after a title
    ("وأعلن حاكم ولاية كادونا، أوبا ساني، الإفراج عن التلاميذ.", "أوبا ساني", "person", "rule:apposition"),
    ("وقال قائممقام قضاء سنجار، نايف سيدو، إن العائلات عادت.", "نايف سيدو", "person", "rule:apposition"),
    (
        "وقالت النائبة عن حزب الخضر، لوسيا مارتين أرويو، إن الموازنة مرفوضة.",
        "لوسيا مارتين أرويو",
        "person",
        "rule:apposition",
    ),
    // a name the lists hold before a comma and a title, after a reporting verb
    ("وقال عادل الزهراني، المدير المالي للمصرف، إن الأرباح ارتفعت.", "عادل الزهراني", "person", "rule:apposition"),
];

const APPOSITION_NOT: &[Neg] = &[
    // adverbs and prepositional phrases set off by commas
    ("وأكد المدير، شخصيا، أن الخطة جاهزة.", "شخصيا"),
    ("وقال الرئيس، حسب قوله، إن الوضع صعب.", "قوله"),
    ("وقال الوزير، عقب لقائه نظيره، إن المحادثات مثمرة.", "لقائه"),
    ("وقال رئيس الوزراء، في بيان، إن الحكومة مستعدة.", "بيان"),
    ("وقال الوزير، مساء الأحد، إن الخطة جاهزة.", "مساء"),
    // no title next to the commas
    ("وفي المدينة، أوبا ساني، كان الطقس حارا.", "ساني"),
];

#[test]
fn appositions() {
    check(APPOSITION, APPOSITION_NOT);
}

// ---------------------------------------------------------------------------------------------
// Regressions: defects found and fixed, each kept here.

const REGRESSIONS: &[Case] = &[
    // the rank's ركن is not a name
    ("أعلن العميد ركن سالم الهاجري بدء التمرين.", "سالم الهاجري", "person", "rule:title"),
    // a surname alias of a famous person after another given name
    ("وقرأ الطالب قصيدة لإبراهيم نصر الله في الحفل.", "إبراهيم نصر الله", "person", "rule:name-chain"),
    // canonical forms of rules keep ة and hamza: checked below
    ("أعلنت شركة أرامكو السعودية أرباحها.", "شركة أرامكو السعودية", "organization", "rule:org-head"),
    // a family name that is also a city the lexicon knows (Ferrara)
    ("التقى السفير الإيطالي ماركو فيرارا بالمسؤولين.", "ماركو فيرارا", "person", "rule:title"),
    // an unknown first name before a surname the lexicon knows for someone else
    ("وصرح يانيس ميتسوتاكيس بأن الاقتصاد يتعافى.", "يانيس ميتسوتاكيس", "person", "rule:name-chain"),
    // apposition without a title word: a name after a comma and an unknown role
    ("وقال مسؤول الإغاثة، توماس بيرغر، إن الوضع سيئ.", "توماس بيرغر", "person", "rule:name-chain"),
];

const REGRESSIONS_NOT: &[Neg] = &[
    ("انتقد حزب العمال الحكومة بشدة.", "الحكومة"),
    ("وقال المدرب إن الفريق جاهز للمباراة.", "جاهز"),
    ("وكتب أندريه شيفتشينكو مقالا.", "مقالا"),
    ("جاء يوسف متأخرا إلى الاجتماع.", "متأخرا"),
    ("واعتبر الحزب الحاكم النتائج مزورة.", "النتائج"),
];

// ---------------------------------------------------------------------------------------------
// Clubs: a city or word the lists also hold as a club, in a line about sport

const CLUB: &[Case] = &[
    ("وفاز نادي الزمالك على الأهلي في الدوري.", "الأهلي", "organization", "rule:club"),
    ("وتوجه اللاعب محمد صلاح إلى ليفربول بعد انتهاء المعسكر.", "ليفربول", "organization", "rule:club"),
    ("وفاز برشلونة على ريال مدريد في الدوري.", "برشلونة", "organization", "rule:club"),
    // sports words that start with ف (فاز، فريق) count as they stand
    ("فاز الهلال على النصر بهدفين.", "الهلال", "organization", "rule:club"),
    ("وحقق فريق الهلال الفوز أمس.", "الهلال", "organization", "rule:club"),
];

const CLUB_NOT: &[Neg] = &[
    ("وزار السياح برشلونة الصيف الماضي.", "برشلونة"),
    ("ويحمل العلم الأهلي شعار الجمعية.", "الأهلي"),
    // a nisba right after a definite noun is its adjective
    ("فاز الكاتب بجائزة الرواية العربية هذا العام.", "العربية"),
];

#[test]
fn clubs() {
    check(CLUB, CLUB_NOT);
}

#[test]
fn regressions() {
    check(REGRESSIONS, REGRESSIONS_NOT);
    let found = entities("أعلنت شركة أرامكو السعودية أرباحها.");
    assert_eq!(found[0].canonical.as_deref(), Some("شركة أرامكو السعودية"), "{}", describe(&found));
}

// ---------------------------------------------------------------------------------------------

/// Cases the annotator still gets wrong, with why.
const KNOWN_GAPS: &[Case] = &[
    // a name after a score, with a given name that is also a word (أشرف) and no title or verb
    ("وسجل الهدف الأول أشرف حكيمي في الدقيقة 23.", "أشرف حكيمي", "person", "rule:name-chain"),
    // a company name continued by a Latin-origin word the lexicon does not hold
    ("وأعلنت شركة تويوتا موتور عن خطة جديدة.", "شركة تويوتا موتور", "organization", "rule:org-head"),
];

#[test]
fn known_gaps_are_still_gaps() {
    let fixed: Vec<_> = KNOWN_GAPS.iter().filter(|(i, t, c, s)| holds(i, t, c, s)).collect();
    assert!(fixed.is_empty(), "fixed, move them to their table: {fixed:?}");
}

