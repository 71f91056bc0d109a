function e(e,t,s,i,r,n){function a(e){if(void 0!==e&&"function"!=typeof e)throw new TypeError("Function expected");return e}for(var o,c=i.kind,l="getter"===c?"get":"setter"===c?"set":"value",h=e?i.static?e:e.prototype:null,u=h?Object.getOwnPropertyDescriptor(h,i.name):{},d=!1,p=s.length-1;p>=0;p--){var m={};for(var g in i)m[g]="access"===g?{}:i[g];for(var g in i.access)m.access[g]=i.access[g];m.addInitializer=function(e){if(d)throw new TypeError("Cannot add initializers after decoration has completed");n.push(a(e||null))};var f=(0,s[p])("accessor"===c?{get:u.get,set:u.set}:u[l],m);if("accessor"===c){if(void 0===f)continue;if(null===f||"object"!=typeof f)throw new TypeError("Object expected");(o=a(f.get))&&(u.get=o),(o=a(f.set))&&(u.set=o),(o=a(f.init))&&r.unshift(o)}else(o=a(f))&&("field"===c?r.unshift(o):u[l]=o)}h&&Object.defineProperty(h,i.name,u),d=!0}function t(e,t,s){for(var i=arguments.length>2,r=0;r<t.length;r++)s=i?t[r].call(e,s):t[r].call(e);return i?s:void 0}"function"==typeof SuppressedError&&SuppressedError;const s=globalThis,i=s.ShadowRoot&&(void 0===s.ShadyCSS||s.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,r=Symbol(),n=new WeakMap;let a=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==r)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(i&&void 0===e){const s=void 0!==t&&1===t.length;s&&(e=n.get(t)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&n.set(t,e))}return e}toString(){return this.cssText}};const o=(e,...t)=>{const s=1===e.length?e[0]:t.reduce((t,s,i)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+e[i+1],e[0]);return new a(s,e,r)},c=i?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const s of e.cssRules)t+=s.cssText;return(e=>new a("string"==typeof e?e:e+"",void 0,r))(t)})(e):e,{is:l,defineProperty:h,getOwnPropertyDescriptor:u,getOwnPropertyNames:d,getOwnPropertySymbols:p,getPrototypeOf:m}=Object,g=globalThis,f=g.trustedTypes,y=f?f.emptyScript:"",v=g.reactiveElementPolyfillSupport,_=(e,t)=>e,$={toAttribute(e,t){switch(t){case Boolean:e=e?y:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let s=e;switch(t){case Boolean:s=null!==e;break;case Number:s=null===e?null:Number(e);break;case Object:case Array:try{s=JSON.parse(e)}catch(e){s=null}}return s}},b=(e,t)=>!l(e,t),w={attribute:!0,type:String,converter:$,reflect:!1,useDefault:!1,hasChanged:b};Symbol.metadata??=Symbol("metadata"),g.litPropertyMetadata??=new WeakMap;let S=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=w){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const s=Symbol(),i=this.getPropertyDescriptor(e,s,t);void 0!==i&&h(this.prototype,e,i)}}static getPropertyDescriptor(e,t,s){const{get:i,set:r}=u(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:i,set(t){const n=i?.call(this);r?.call(this,t),this.requestUpdate(e,n,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??w}static _$Ei(){if(this.hasOwnProperty(_("elementProperties")))return;const e=m(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(_("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(_("properties"))){const e=this.properties,t=[...d(e),...p(e)];for(const s of t)this.createProperty(s,e[s])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,s]of t)this.elementProperties.set(e,s)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const s=this._$Eu(e,t);void 0!==s&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const s=new Set(e.flat(1/0).reverse());for(const e of s)t.unshift(c(e))}else void 0!==e&&t.push(c(e));return t}static _$Eu(e,t){const s=t.attribute;return!1===s?void 0:"string"==typeof s?s:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((e,t)=>{if(i)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const i of t){const t=document.createElement("style"),r=s.litNonce;void 0!==r&&t.setAttribute("nonce",r),t.textContent=i.cssText,e.appendChild(t)}})(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){const s=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,s);if(void 0!==i&&!0===s.reflect){const r=(void 0!==s.converter?.toAttribute?s.converter:$).toAttribute(t,s.type);this._$Em=e,null==r?this.removeAttribute(i):this.setAttribute(i,r),this._$Em=null}}_$AK(e,t){const s=this.constructor,i=s._$Eh.get(e);if(void 0!==i&&this._$Em!==i){const e=s.getPropertyOptions(i),r="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:$;this._$Em=i;const n=r.fromAttribute(t,e.type);this[i]=n??this._$Ej?.get(i)??n,this._$Em=null}}requestUpdate(e,t,s,i=!1,r){if(void 0!==e){const n=this.constructor;if(!1===i&&(r=this[e]),s??=n.getPropertyOptions(e),!((s.hasChanged??b)(r,t)||s.useDefault&&s.reflect&&r===this._$Ej?.get(e)&&!this.hasAttribute(n._$Eu(e,s))))return;this.C(e,t,s)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:i,wrapped:r},n){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,n??t??this[e]),!0!==r||void 0!==n)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),!0===i&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,s]of e){const{wrapped:e}=s,i=this[t];!0!==e||this._$AL.has(t)||void 0===i||this.C(t,void 0,s,i)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};S.elementStyles=[],S.shadowRootOptions={mode:"open"},S[_("elementProperties")]=new Map,S[_("finalized")]=new Map,v?.({ReactiveElement:S}),(g.reactiveElementVersions??=[]).push("2.1.2");const A=globalThis,x=e=>e,E=A.trustedTypes,C=E?E.createPolicy("lit-html",{createHTML:e=>e}):void 0,U="$lit$",k=`lit$${Math.random().toFixed(9).slice(2)}$`,P="?"+k,M=`<${P}>`,D=document,O=()=>D.createComment(""),z=e=>null===e||"object"!=typeof e&&"function"!=typeof e,L=Array.isArray,T="[ \t\n\f\r]",N=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,R=/-->/g,I=/>/g,q=RegExp(`>|${T}(?:([^\\s"'>=/]+)(${T}*=${T}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),j=/'/g,H=/"/g,F=/^(?:script|style|textarea|title)$/i,V=(e=>(t,...s)=>({_$litType$:e,strings:t,values:s}))(1),B=Symbol.for("lit-noChange"),W=Symbol.for("lit-nothing"),Q=new WeakMap,G=D.createTreeWalker(D,129);function Z(e,t){if(!L(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==C?C.createHTML(t):t}const J=(e,t)=>{const s=e.length-1,i=[];let r,n=2===t?"<svg>":3===t?"<math>":"",a=N;for(let t=0;t<s;t++){const s=e[t];let o,c,l=-1,h=0;for(;h<s.length&&(a.lastIndex=h,c=a.exec(s),null!==c);)h=a.lastIndex,a===N?"!--"===c[1]?a=R:void 0!==c[1]?a=I:void 0!==c[2]?(F.test(c[2])&&(r=RegExp("</"+c[2],"g")),a=q):void 0!==c[3]&&(a=q):a===q?">"===c[0]?(a=r??N,l=-1):void 0===c[1]?l=-2:(l=a.lastIndex-c[2].length,o=c[1],a=void 0===c[3]?q:'"'===c[3]?H:j):a===H||a===j?a=q:a===R||a===I?a=N:(a=q,r=void 0);const u=a===q&&e[t+1].startsWith("/>")?" ":"";n+=a===N?s+M:l>=0?(i.push(o),s.slice(0,l)+U+s.slice(l)+k+u):s+k+(-2===l?t:u)}return[Z(e,n+(e[s]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),i]};class K{constructor({strings:e,_$litType$:t},s){let i;this.parts=[];let r=0,n=0;const a=e.length-1,o=this.parts,[c,l]=J(e,t);if(this.el=K.createElement(c,s),G.currentNode=this.el.content,2===t||3===t){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(i=G.nextNode())&&o.length<a;){if(1===i.nodeType){if(i.hasAttributes())for(const e of i.getAttributeNames())if(e.endsWith(U)){const t=l[n++],s=i.getAttribute(e).split(k),a=/([.?@])?(.*)/.exec(t);o.push({type:1,index:r,name:a[2],strings:s,ctor:"."===a[1]?se:"?"===a[1]?ie:"@"===a[1]?re:te}),i.removeAttribute(e)}else e.startsWith(k)&&(o.push({type:6,index:r}),i.removeAttribute(e));if(F.test(i.tagName)){const e=i.textContent.split(k),t=e.length-1;if(t>0){i.textContent=E?E.emptyScript:"";for(let s=0;s<t;s++)i.append(e[s],O()),G.nextNode(),o.push({type:2,index:++r});i.append(e[t],O())}}}else if(8===i.nodeType)if(i.data===P)o.push({type:2,index:r});else{let e=-1;for(;-1!==(e=i.data.indexOf(k,e+1));)o.push({type:7,index:r}),e+=k.length-1}r++}}static createElement(e,t){const s=D.createElement("template");return s.innerHTML=e,s}}function Y(e,t,s=e,i){if(t===B)return t;let r=void 0!==i?s._$Co?.[i]:s._$Cl;const n=z(t)?void 0:t._$litDirective$;return r?.constructor!==n&&(r?._$AO?.(!1),void 0===n?r=void 0:(r=new n(e),r._$AT(e,s,i)),void 0!==i?(s._$Co??=[])[i]=r:s._$Cl=r),void 0!==r&&(t=Y(e,r._$AS(e,t.values),r,i)),t}class X{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:s}=this._$AD,i=(e?.creationScope??D).importNode(t,!0);G.currentNode=i;let r=G.nextNode(),n=0,a=0,o=s[0];for(;void 0!==o;){if(n===o.index){let t;2===o.type?t=new ee(r,r.nextSibling,this,e):1===o.type?t=new o.ctor(r,o.name,o.strings,this,e):6===o.type&&(t=new ne(r,this,e)),this._$AV.push(t),o=s[++a]}n!==o?.index&&(r=G.nextNode(),n++)}return G.currentNode=D,i}p(e){let t=0;for(const s of this._$AV)void 0!==s&&(void 0!==s.strings?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}}class ee{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,i){this.type=2,this._$AH=W,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Y(this,e,t),z(e)?e===W||null==e||""===e?(this._$AH!==W&&this._$AR(),this._$AH=W):e!==this._$AH&&e!==B&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>L(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==W&&z(this._$AH)?this._$AA.nextSibling.data=e:this.T(D.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:s}=e,i="number"==typeof s?this._$AC(e):(void 0===s.el&&(s.el=K.createElement(Z(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(t);else{const e=new X(i,this),s=e.u(this.options);e.p(t),this.T(s),this._$AH=e}}_$AC(e){let t=Q.get(e.strings);return void 0===t&&Q.set(e.strings,t=new K(e)),t}k(e){L(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let s,i=0;for(const r of e)i===t.length?t.push(s=new ee(this.O(O()),this.O(O()),this,this.options)):s=t[i],s._$AI(r),i++;i<t.length&&(this._$AR(s&&s._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=x(e).nextSibling;x(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class te{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,i,r){this.type=1,this._$AH=W,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=r,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=W}_$AI(e,t=this,s,i){const r=this.strings;let n=!1;if(void 0===r)e=Y(this,e,t,0),n=!z(e)||e!==this._$AH&&e!==B,n&&(this._$AH=e);else{const i=e;let a,o;for(e=r[0],a=0;a<r.length-1;a++)o=Y(this,i[s+a],t,a),o===B&&(o=this._$AH[a]),n||=!z(o)||o!==this._$AH[a],o===W?e=W:e!==W&&(e+=(o??"")+r[a+1]),this._$AH[a]=o}n&&!i&&this.j(e)}j(e){e===W?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class se extends te{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===W?void 0:e}}class ie extends te{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==W)}}class re extends te{constructor(e,t,s,i,r){super(e,t,s,i,r),this.type=5}_$AI(e,t=this){if((e=Y(this,e,t,0)??W)===B)return;const s=this._$AH,i=e===W&&s!==W||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,r=e!==W&&(s===W||i);i&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class ne{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){Y(this,e)}}const ae=A.litHtmlPolyfillSupport;ae?.(K,ee),(A.litHtmlVersions??=[]).push("3.3.3");const oe=globalThis;let ce=class extends S{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,s)=>{const i=s?.renderBefore??t;let r=i._$litPart$;if(void 0===r){const e=s?.renderBefore??null;i._$litPart$=r=new ee(t.insertBefore(O(),e),e,void 0,s??{})}return r._$AI(e),r})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return B}};ce._$litElement$=!0,ce.finalized=!0,oe.litElementHydrateSupport?.({LitElement:ce});const le=oe.litElementPolyfillSupport;le?.({LitElement:ce}),(oe.litElementVersions??=[]).push("4.2.2");const he={attribute:!0,type:String,converter:$,reflect:!1,hasChanged:b},ue=(e=he,t,s)=>{const{kind:i,metadata:r}=s;let n=globalThis.litPropertyMetadata.get(r);if(void 0===n&&globalThis.litPropertyMetadata.set(r,n=new Map),"setter"===i&&((e=Object.create(e)).wrapped=!0),n.set(s.name,e),"accessor"===i){const{name:i}=s;return{set(s){const r=t.get.call(this);t.set.call(this,s),this.requestUpdate(i,r,e,!0,s)},init(t){return void 0!==t&&this.C(i,void 0,e,t),t}}}if("setter"===i){const{name:i}=s;return function(s){const r=this[i];t.call(this,s),this.requestUpdate(i,r,e,!0,s)}}throw Error("Unsupported decorator location: "+i)};function de(e){return(t,s)=>"object"==typeof s?ue(e,t,s):((e,t,s)=>{const i=t.hasOwnProperty(s);return t.constructor.createProperty(s,e),i?Object.getOwnPropertyDescriptor(t,s):void 0})(e,t,s)}function pe(e){return de({...e,state:!0,attribute:!1})}const me=new Map;function ge(e,t,s,i){const r=`${e}|${t}|${JSON.stringify(s)}`;let n=me.get(r);return n||(n=i(),me.set(r,n)),n}function fe(e,t={}){return ge("number",e,t,()=>new Intl.NumberFormat(e,t))}const ye=/^(\d{4})-(\d{2})-(\d{2})$/;function ve(e,t){const s=function(e){const t=ye.exec(e?.trim()??"");if(!t)return;const[,s,i,r]=t.map(Number),n=new Date(Date.UTC(s,i-1,r));return n.getUTCFullYear()===s&&n.getUTCMonth()===i-1&&n.getUTCDate()===r?n:void 0}(e);return s?function(e,t={}){return ge("date",e,t,()=>new Intl.DateTimeFormat(e,t))}(t,{dateStyle:"long",timeZone:"UTC"}).format(s):""}const _e={source:"Source",sourceLine:"Source: {source}",asQuotedIn:"as quoted in",basis:"based on {basis}",approximately:"about",estimate:"estimate",pause:"Pause",resume:"Resume",readReport:"Read the report",otherLanguages:"Other languages",showMore:"Show more",showLess:"Show less",showSummary:"Show summary",hideSummary:"Hide summary",copyQuote:"Copy quote",copied:"Quote copied",copyFailed:"This page does not allow copying. Select the text to copy it.",share:"Share",pages:"{count} pages",keyFigures:"Key figures",counterSinceView:"Since you started reading, migrants have sent home about",counterSinceLoad:"Since this page opened, migrants have sent home about",counterSinceDate:"Since {date}, at this rate, migrants would have sent home about",counterBasis:"at the {year} rate of some {amount} a year, {source}",counterStable:"Migrants send home about {perSecond} every second, at the {year} rate of some {amount} a year ({source}).",counterIllustration:"An illustration at the {year} rate, not a measurement.",figureLabels:{"international-migrants":"international migrants in the world","earnings-spent-in-host-country":"of migrants’ earnings are spent in their host countries","earnings-remitted":"of migrants’ earnings are sent home","remittances-2017":"sent home by migrants in 2017"}},$e=new Map(Object.entries({ar:{source:"المصدر",sourceLine:"المصدر: {source}",asQuotedIn:"مقتبس في",basis:"استنادًا إلى {basis}",approximately:"نحو",estimate:"تقدير",pause:"إيقاف مؤقت",resume:"استئناف",readReport:"اقرأ التقرير",otherLanguages:"لغات أخرى",showMore:"عرض المزيد",showLess:"عرض أقل",showSummary:"عرض الموجز",hideSummary:"إخفاء الموجز",copyQuote:"نسخ الاقتباس",copied:"تم نسخ الاقتباس",copyFailed:"لا تسمح هذه الصفحة بالنسخ. حدِّد النص لنسخه.",share:"مشاركة",pages:"{count} صفحة",keyFigures:"أرقام رئيسية",counterSinceView:"منذ أن بدأت القراءة، أرسل المهاجرون إلى بلدانهم نحو",counterSinceLoad:"منذ فتح هذه الصفحة، أرسل المهاجرون إلى بلدانهم نحو",counterSinceDate:"منذ {date}، وبهذا المعدل، كان المهاجرون سيرسلون إلى بلدانهم نحو",counterBasis:"بمعدل عام {year} البالغ نحو {amount} سنويًا، {source}",counterStable:"يرسل المهاجرون إلى بلدانهم نحو {perSecond} كل ثانية، بمعدل عام {year} البالغ نحو {amount} سنويًا ({source}).",counterIllustration:"توضيح بمعدل عام {year}، وليس قياسًا.",figureLabels:{"international-migrants":"مهاجر دولي في العالم","earnings-spent-in-host-country":"من دخل المهاجرين يُنفَق في البلدان المضيفة","earnings-remitted":"من دخل المهاجرين يُرسَل إلى بلدانهم الأصلية","remittances-2017":"أرسلها المهاجرون إلى بلدانهم في عام 2017"}},en:_e,es:{source:"Fuente",sourceLine:"Fuente: {source}",asQuotedIn:"citado en",basis:"según {basis}",approximately:"unos",estimate:"estimación",pause:"Pausa",resume:"Reanudar",readReport:"Leer el informe",otherLanguages:"Otros idiomas",showMore:"Mostrar más",showLess:"Mostrar menos",showSummary:"Mostrar el resumen",hideSummary:"Ocultar el resumen",copyQuote:"Copiar la cita",copied:"Cita copiada",copyFailed:"Esta página no permite copiar. Seleccione el texto para copiarlo.",share:"Compartir",pages:"{count} páginas",keyFigures:"Cifras clave",counterSinceView:"Desde que empezó a leer, los migrantes han enviado a sus hogares unos",counterSinceLoad:"Desde que se abrió esta página, los migrantes han enviado a sus hogares unos",counterSinceDate:"Desde el {date}, a este ritmo, los migrantes habrían enviado a sus hogares unos",counterBasis:"al ritmo de {year}, unos {amount} al año, {source}",counterStable:"Los migrantes envían a sus hogares unos {perSecond} cada segundo, al ritmo de {year}, unos {amount} al año ({source}).",counterIllustration:"Una ilustración al ritmo de {year}, no una medición.",figureLabels:{"international-migrants":"migrantes internacionales en el mundo","earnings-spent-in-host-country":"de los ingresos de los migrantes se gasta en sus países de acogida","earnings-remitted":"de los ingresos de los migrantes se envía a sus hogares","remittances-2017":"enviados a sus hogares por los migrantes en 2017"}},fr:{source:"Source",sourceLine:"Source : {source}",asQuotedIn:"cité dans",basis:"d’après {basis}",approximately:"environ",estimate:"estimation",pause:"Pause",resume:"Reprendre",readReport:"Lire le rapport",otherLanguages:"Autres langues",showMore:"Afficher plus",showLess:"Afficher moins",showSummary:"Afficher le résumé",hideSummary:"Masquer le résumé",copyQuote:"Copier la citation",copied:"Citation copiée",copyFailed:"Cette page n’autorise pas la copie. Sélectionnez le texte pour le copier.",share:"Partager",pages:"{count} pages",keyFigures:"Chiffres clés",counterSinceView:"Depuis que vous lisez cette page, les migrants ont envoyé chez eux environ",counterSinceLoad:"Depuis l’ouverture de cette page, les migrants ont envoyé chez eux environ",counterSinceDate:"Depuis le {date}, à ce rythme, les migrants auraient envoyé chez eux environ",counterBasis:"au rythme de {year}, quelque {amount} par an, {source}",counterStable:"Les migrants envoient chez eux environ {perSecond} chaque seconde, au rythme de {year}, quelque {amount} par an ({source}).",counterIllustration:"Une illustration au rythme de {year}, pas une mesure.",figureLabels:{"international-migrants":"migrants internationaux dans le monde","earnings-spent-in-host-country":"des revenus des migrants sont dépensés dans leur pays d’accueil","earnings-remitted":"des revenus des migrants sont envoyés dans leur pays d’origine","remittances-2017":"envoyés par les migrants dans leur pays d’origine en 2017"}},ru:{source:"Источник",sourceLine:"Источник: {source}",asQuotedIn:"цитируется по",basis:"по данным: {basis}",approximately:"около",estimate:"оценка",pause:"Пауза",resume:"Продолжить",readReport:"Читать доклад",otherLanguages:"Другие языки",showMore:"Показать больше",showLess:"Показать меньше",showSummary:"Показать резюме",hideSummary:"Скрыть резюме",copyQuote:"Копировать цитату",copied:"Цитата скопирована",copyFailed:"Эта страница не разрешает копирование. Выделите текст, чтобы скопировать его.",share:"Поделиться",pages:"{count} стр.",keyFigures:"Ключевые цифры",counterSinceView:"С тех пор как вы начали читать, мигранты отправили домой около",counterSinceLoad:"С момента открытия этой страницы мигранты отправили домой около",counterSinceDate:"С {date} при таком темпе мигранты отправили бы домой около",counterBasis:"в темпе {year} года, около {amount} в год, {source}",counterStable:"Мигранты отправляют домой около {perSecond} каждую секунду, в темпе {year} года, около {amount} в год ({source}).",counterIllustration:"Иллюстрация в темпе {year} года, а не измерение.",figureLabels:{"international-migrants":"международных мигрантов в мире","earnings-spent-in-host-country":"доходов мигрантов тратится в принимающих странах","earnings-remitted":"доходов мигрантов отправляется домой","remittances-2017":"отправили домой мигранты в 2017 году"}},zh:{source:"来源",sourceLine:"来源：{source}",asQuotedIn:"引自",basis:"依据{basis}",approximately:"约",estimate:"估计",pause:"暂停",resume:"继续",readReport:"阅读报告",otherLanguages:"其他语言",showMore:"显示更多",showLess:"收起",showSummary:"显示摘要",hideSummary:"隐藏摘要",copyQuote:"复制引文",copied:"引文已复制",copyFailed:"此页面不允许复制。请选中文字后复制。",share:"分享",pages:"{count} 页",keyFigures:"关键数字",counterSinceView:"自您开始阅读以来，移民已向家乡汇款约",counterSinceLoad:"自本页打开以来，移民已向家乡汇款约",counterSinceDate:"自{date}起，按此速度，移民将已向家乡汇款约",counterBasis:"按{year}年每年约{amount}的速度，{source}",counterStable:"按{year}年每年约{amount}的速度（{source}），移民每秒向家乡汇款约{perSecond}。",counterIllustration:"按{year}年速度所作的示意，并非实测。",figureLabels:{"international-migrants":"全球国际移民","earnings-spent-in-host-country":"的移民收入花费在东道国","earnings-remitted":"的移民收入寄回家乡","remittances-2017":"2017年移民向家乡汇款"}}})),be=new Set;function we(e){const t=e.toLowerCase();return $e.get(t)??$e.get(t.split("-")[0])??_e}function Se(e){if("string"!=typeof e)return;const t=e.trim();if(""===t||/[\u0000-\u0020\u007f-\u009f\u2028\u2029\ufeff]/.test(t))return;let s;try{s=new URL(t,globalThis.document?.baseURI)}catch{return}return"https:"===s.protocol||"http:"===s.protocol?s.href:void 0}function Ae(e,t,s){const i=Se(t),r=V`<cite lang=${s??W}>${e}</cite>`;return i?V`<a href=${i}>${r}</a>`:r}function xe(e,t){const s=e.symbol?V` (${e.symbol})`:W;return V`${Ae(e.title,e.url,"en")}${s}, ${e.publisher},
    <time datetime=${e.date}>${ve(e.date,t)}</time>`}function Ee(e,t,s){const{document:i,quotedIn:r,locator:n,basis:a}=e,o=r??i;return V`${r?V`${xe(i,t)}; ${s.asQuotedIn} `:W}${xe(o,t)}${n?V`, <span lang="en">${n}</span>`:W}${a?V`; ${c=s.basis,l={basis:V`<span lang="en">${a}</span>`},c.split(/(\{\w+\})/).map(e=>{const t=/^\{(\w+)\}$/.exec(e)?.[1];if(void 0===t)return e;const s=l[t];return void 0===s?"":"number"==typeof s?String(s):s}).filter(e=>""!==e)}`:W}`;var c,l}const Ce=Object.freeze({title:"Making Migration Work for All",kind:"Report of the Secretary-General",publisher:"United Nations",symbol:"A/72/643",date:"2017-12-12",url:"https://undocs.org/A/72/643"}),Ue=Object.freeze({title:"UN Migration Agency Welcomes UN Secretary General’s Report – Making Migration Work for All",kind:"Press release",publisher:"IOM, the UN Migration Agency",date:"2018-01-12",url:"https://www.iom.int/news/un-migration-agency-welcomes-un-secretary-generals-report-making-migration-work-all"});function ke(e,t){return Object.freeze({document:Ce,quotedIn:Ue,locator:e,...t?{basis:t}:{}})}const Pe=e=>Object.freeze({...e,qualifiers:Object.freeze([...e.qualifiers])}),Me=Object.freeze([Pe({id:"international-migrants",value:258e6,unit:"people",format:"compact",qualifiers:[],approximate:!1,sourceWording:"most of the world’s 258 million international migrants already move through safe, orderly and regular means",label:"international migrants in the world",citation:ke("para. 2")}),Pe({id:"earnings-spent-in-host-country",value:85,unit:"percent",format:"percent",qualifiers:["some","on average"],approximate:!0,sourceWording:"migrants spend, on average, some 85 per cent of their earnings in their host countries",label:"of migrants’ earnings are spent in their host countries",citation:ke("para. 3")}),Pe({id:"earnings-remitted",value:15,unit:"percent",format:"percent",qualifiers:[],approximate:!1,sourceWording:"migrants remit homeward 15 per cent of their earnings",label:"of migrants’ earnings are sent home",citation:ke("para. 3")}),Pe({id:"remittances-2017",value:6e11,unit:"currency",currency:"USD",format:"currency",qualifiers:["some","per World Bank estimates"],approximate:!0,sourceWording:"in 2017 some USD 600 billion, per World Bank estimates",label:"sent home by migrants in 2017",year:2017,citation:ke("para. 3","World Bank estimates")})]),De="international-migrants";function Oe(e){return Me.find(t=>t.id===e)}const ze="0.1.0",Le=Symbol.for("migration-widgets.version");let Te=[];function Ne(){console.warn(`migration-widgets v${ze}: already defined on this page, kept as they are: ${Te.join(", ")}. The library was probably loaded twice; load it once.`),Te=[]}function Re(e){if(!Number.isFinite(e)||0===e)return 1;const t=Math.abs(e).toExponential().split("e")[0].replace(".","").replace(/0+$/,"");return Math.max(1,Math.min(21,t.length))}function Ie(e,t,s){const i="percent"===s.style?e/100:e;return fe(t,function(e,t){const{style:s,currency:i="USD",fractionDigits:r,compactDisplay:n="long"}=t,a=void 0!==r?{minimumFractionDigits:r,maximumFractionDigits:r}:{maximumSignificantDigits:Re(e)},o={notation:"compact",compactDisplay:n};switch(s){case"percent":return{style:"percent",...a};case"currency":return{style:"currency",currency:i,...t.compact?o:{},...a};case"compact":return{...o,...a};default:return a}}(e,s)).formatToParts(i)}const qe=new Set;function je(e,t,s,i,r){const n=String(s).length>80?`${String(s).slice(0,80)}…`:String(s),a=`${e}\0${t}\0${String(s)}`;qe.has(a)||(qe.add(a),console.warn(`<${e}>: ignoring ${t}="${n}" (${i}); ${r}.`))}function He(e,t){let s=e;for(;s;){if(s instanceof Element){const e=s.closest(`[${t}]`);if(e)return e}const e=s.getRootNode?.()??s;s=e instanceof ShadowRoot?e.host:null}}const Fe=new Set;let Ve;function Be(){for(const e of Fe)e.refresh()}class We{host;lang="en";declared=!1;dir="ltr";strings=we("en");stopStrings;constructor(e){this.host=e,e.addController(this)}hostConnected(){var e;Fe.add(this),Ve||(Ve=new MutationObserver(Be),Ve.observe(document.documentElement,{attributes:!0,attributeFilter:["lang","dir"],subtree:!0})),this.stopStrings=(e=()=>{this.strings=we(this.lang),this.host.requestUpdate()},be.add(e),()=>be.delete(e)),this.refresh()}hostDisconnected(){Fe.delete(this),this.stopStrings?.(),0===Fe.size&&(Ve?.disconnect(),Ve=void 0)}refresh(){const e=this.resolveLang(),t=e??"en",s=this.resolveDir();t===this.lang&&s===this.dir&&void 0!==e===this.declared||(this.lang=t,this.declared=void 0!==e,this.dir=s,this.strings=we(t),this.host.requestUpdate())}resolveLang(){const e=He(this.host,"lang"),t=(e?.getAttribute("lang")??document.documentElement.lang??"").trim();if(""===t)return;const s=function(e){try{const[t]=Intl.getCanonicalLocales(e);return t&&Intl.NumberFormat.supportedLocalesOf(t).length?t:void 0}catch{return}}(t);if(s)return s;je(this.host.localName,"lang",t,"not a language this browser knows","using English")}resolveDir(){try{return this.host.matches(":dir(rtl)")?"rtl":"ltr"}catch{return"rtl"===He(this.host,"dir")?.getAttribute("dir")?.toLowerCase()?"rtl":"ltr"}}}const Qe=o`
  .container {
    container-type: inline-size;
  }
  .card {
    margin: 0;
    padding: var(--_space);
  }
  :host([variant='emphasis']) .card {
    border-inline-start: 0.375rem solid var(--_line);
  }
  .main,
  figcaption {
    display: grid;
    gap: 0.5rem;
    align-content: start;
  }
  figcaption {
    margin-block-start: 0.75rem;
  }
  p {
    margin: 0;
  }
  [hidden] {
    display: none !important;
  }
  [part~='icon'] {
    display: block;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    color: var(--_accent);
  }
  ::slotted([slot='icon']) {
    inline-size: 100%;
    block-size: 100%;
  }
  [part~='year'] {
    color: var(--_muted);
    font-size: max(0.875rem, 12px);
    font-weight: 600;
  }
  [part~='value'] {
    font-size: clamp(1.75rem, 14cqi, 4.5rem);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  :host([variant='compact']) [part~='value'] {
    font-size: clamp(1.5rem, 9cqi, 2.5rem);
  }
  :host([variant='emphasis']) [part~='value'] {
    color: var(--_accent);
    font-size: clamp(2rem, 16cqi, 5.5rem);
  }
  .approximately {
    font-size: max(0.45em, 11px);
    font-weight: 600;
    vertical-align: middle;
  }
  /* The final digits hold the size (invisible while counting); the moving digits sit over them from its start, so their
     growing text never moves its own start edge (a layout shift in the Layout Instability API). */
  .digits {
    display: inline-grid;
  }
  .digits > * {
    grid-area: 1 / 1;
  }
  .frame {
    justify-self: start;
  }
  [data-counting] .final {
    visibility: hidden;
  }
  [part~='label'] {
    font-size: max(1.125rem, 16px);
    font-weight: 600;
  }
  [part~='description'] {
    color: var(--_muted);
  }
  /* The source's words are English: English quotation marks in every page language. */
  q {
    quotes: '“' '”' '‘' '’';
  }
  [part~='source'] {
    color: var(--_muted);
    font-size: max(0.8125rem, 11px);
  }
  .source-label {
    display: block;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  :host([variant='compact']) .card {
    padding: calc(var(--_space) * 0.75);
  }
  :host([variant='compact']) [part~='label'] {
    font-size: max(1rem, 14px);
  }
  :host([variant='compact']) [part~='description'],
  :host([variant='compact']) [part~='source'] {
    font-size: max(0.8125rem, 11px);
  }

  /* The bar: an outlined track with the share filled and closed by a line, legible without colour too. */
  [part~='bar'] {
    block-size: 0.875rem;
    border: 1px solid var(--_muted);
    border-radius: 0.25rem;
    overflow: hidden;
  }
  .share {
    display: block;
    block-size: 100%;
    box-sizing: content-box; /* the closing line sits after the share, not inside it */
    inline-size: calc(var(--share) * 1%);
    background: var(--_line);
    border-inline-end: 2px solid var(--_text);
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  .legend {
    display: flex;
    justify-content: space-between;
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-size: max(0.8125rem, 11px);
    font-variant-numeric: tabular-nums;
  }

  @container (min-width: 36rem) {
    .card {
      display: grid;
      grid-template-columns: fit-content(50%) 1fr;
      gap: calc(var(--_space) * 1.5);
      align-items: center;
      padding: calc(var(--_space) * 1.5);
    }
    figcaption {
      margin: 0;
    }
    [part~='label'] {
      font-size: max(1.375rem, 19px);
    }
    [part~='value'] {
      font-size: min(3.5rem, 7cqi);
    }
    :host([variant='emphasis']) [part~='value'] {
      font-size: min(4.25rem, 8.5cqi);
    }
  }

  @media (forced-colors: active) {
    [part~='bar'] {
      border-color: CanvasText;
    }
    .share {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @media print {
    [data-counting] .final {
      visibility: visible;
    }
    .frame {
      visibility: hidden;
    }
    [part~='bar'] {
      border-color: #000;
    }
  }
`,Ge=o`
  --_accent: var(--migration-accent, #7cc8f0);
  --_text: var(--migration-text, #f1f1f1);
  --_muted: var(--migration-muted, #c4c4c4);
  --_surface: var(--migration-surface, #14202b);
  color-scheme: dark;
`,Ze=o`
  :host {
    --_accent: var(--migration-accent, #0072bc);
    --_text: var(--migration-text, #1b1b1b);
    --_muted: var(--migration-muted, #4a4a4a);
    --_surface: var(--migration-surface, #ffffff);
    --_line: var(--migration-line, #009edb);
    --_radius: var(--migration-radius, 0.5rem);
    --_space: var(--migration-space, 1rem);
    display: block;
    /* Container queries give a widget no width of its own: never let a shrink-to-fit parent collapse it. */
    min-inline-size: min(100%, 16em);
    box-sizing: border-box;
    font-family: var(--migration-font-family, inherit);
    font-size: max(1em, 12px);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    color-scheme: light;
  }
  /* A host page may reset the host itself (a reset such as "* { all: unset }") or shrink its root font: the shadow tree keeps our colours and a legible size. */
  :host > * {
    color: var(--_text);
    font-size: max(1em, 12px);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${Ge}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${Ge}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :host {
      border: 1px solid CanvasText;
    }
  }
`;class Je{host;onChange;inView=!1;observer;constructor(e,t){this.host=e,this.onChange=t,e.addController(this)}get visible(){return this.inView&&"hidden"!==document.visibilityState}hostConnected(){this.observer=new IntersectionObserver(e=>{const t=e[e.length-1];t&&t.isIntersecting!==this.inView&&(this.inView=t.isIntersecting,this.onChange(this.visible))}),this.observer.observe(this.host),document.addEventListener("visibilitychange",this.handleVisibility)}hostDisconnected(){this.observer?.disconnect(),this.observer=void 0,this.inView=!1,document.removeEventListener("visibilitychange",this.handleVisibility)}handleVisibility=()=>{this.inView&&this.onChange(this.visible)}}const Ke=6;class Ye{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,s){this._$Ct=e,this._$AM=t,this._$Ci=s}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}}const Xe=(e=>(...t)=>({_$litDirective$:e,values:t}))(class extends Ye{names=new Set;constructor(e){if(super(e),e.type!==Ke)throw new Error("cssProperties() goes on an element: <div ${cssProperties({…})}>")}render(e){return W}update(e,[t]){const s=e.element.style;for(const e of this.names)e in t||s.removeProperty(e);for(const[e,i]of Object.entries(t))s.setProperty(e,String(i));return this.names=new Set(Object.keys(t)),B}}),et=["number","compact","percent","currency"],tt={"earnings-spent-in-host-country":"earnings-remitted","earnings-remitted":"earnings-spent-in-host-country"},st=new Set(["integer","group","decimal","fraction"]);function it(e){const t=[];for(const s of e){const e=st.has(s.type),i=t[t.length-1];i&&i.digits===e?i.text+=s.value:t.push({digits:e,text:s.value})}return t}class rt{host;allowed;progress=1;phase="idle";frame=0;start=0;constructor(e,t){this.host=e,this.allowed=t,e.addController(this),new Je(e,e=>e&&this.begin())}hostConnected(){"idle"===this.phase&&(this.phase=this.allowed()?"waiting":"done",this.progress="waiting"===this.phase?0:1)}hostDisconnected(){cancelAnimationFrame(this.frame),"running"===this.phase&&this.finish()}begin(){if("waiting"===this.phase){if(!this.allowed())return this.finish();this.phase="running",this.start=performance.now(),this.frame=requestAnimationFrame(this.tick)}}tick=()=>{const e=Math.min(1,(performance.now()-this.start)/1e3);if(e>=1)return this.finish();this.progress=1-(1-e)**3,this.host.requestUpdate(),this.frame=requestAnimationFrame(this.tick)};finish(){this.phase="done",this.progress=1,this.host.requestUpdate()}}let nt=(()=>{let s,i,r,n,a,o,c,l,h,u,d,p,m,g=ce,f=[],y=[],v=[],_=[],$=[],b=[],w=[],S=[],A=[],x=[],E=[],C=[],U=[],k=[],P=[],M=[],D=[],O=[],z=[],L=[],T=[],N=[],R=[],I=[],q=[],j=[];return class extends g{static{const t="function"==typeof Symbol&&Symbol.metadata?Object.create(g[Symbol.metadata]??null):void 0;s=[de()],i=[de()],r=[de()],n=[de()],a=[de()],o=[de({attribute:"fraction-digits"})],c=[de()],l=[de()],h=[de({attribute:"source-url"})],u=[de({attribute:"no-animation",type:Boolean})],d=[de({reflect:!0})],p=[de({reflect:!0})],m=[pe()],e(this,0,s,{kind:"accessor",name:"fact",static:!1,private:!1,access:{has:e=>"fact"in e,get:e=>e.fact,set:(e,t)=>{e.fact=t}},metadata:t},f,y),e(this,0,i,{kind:"accessor",name:"value",static:!1,private:!1,access:{has:e=>"value"in e,get:e=>e.value,set:(e,t)=>{e.value=t}},metadata:t},v,_),e(this,0,r,{kind:"accessor",name:"label",static:!1,private:!1,access:{has:e=>"label"in e,get:e=>e.label,set:(e,t)=>{e.label=t}},metadata:t},$,b),e(this,0,n,{kind:"accessor",name:"format",static:!1,private:!1,access:{has:e=>"format"in e,get:e=>e.format,set:(e,t)=>{e.format=t}},metadata:t},w,S),e(this,0,a,{kind:"accessor",name:"currency",static:!1,private:!1,access:{has:e=>"currency"in e,get:e=>e.currency,set:(e,t)=>{e.currency=t}},metadata:t},A,x),e(this,0,o,{kind:"accessor",name:"fractionDigits",static:!1,private:!1,access:{has:e=>"fractionDigits"in e,get:e=>e.fractionDigits,set:(e,t)=>{e.fractionDigits=t}},metadata:t},E,C),e(this,0,c,{kind:"accessor",name:"year",static:!1,private:!1,access:{has:e=>"year"in e,get:e=>e.year,set:(e,t)=>{e.year=t}},metadata:t},U,k),e(this,0,l,{kind:"accessor",name:"source",static:!1,private:!1,access:{has:e=>"source"in e,get:e=>e.source,set:(e,t)=>{e.source=t}},metadata:t},P,M),e(this,0,h,{kind:"accessor",name:"sourceUrl",static:!1,private:!1,access:{has:e=>"sourceUrl"in e,get:e=>e.sourceUrl,set:(e,t)=>{e.sourceUrl=t}},metadata:t},D,O),e(this,0,u,{kind:"accessor",name:"noAnimation",static:!1,private:!1,access:{has:e=>"noAnimation"in e,get:e=>e.noAnimation,set:(e,t)=>{e.noAnimation=t}},metadata:t},z,L),e(this,0,d,{kind:"accessor",name:"variant",static:!1,private:!1,access:{has:e=>"variant"in e,get:e=>e.variant,set:(e,t)=>{e.variant=t}},metadata:t},T,N),e(this,0,p,{kind:"accessor",name:"theme",static:!1,private:!1,access:{has:e=>"theme"in e,get:e=>e.theme,set:(e,t)=>{e.theme=t}},metadata:t},R,I),e(this,0,m,{kind:"accessor",name:"slotted",static:!1,private:!1,access:{has:e=>"slotted"in e,get:e=>e.slotted,set:(e,t)=>{e.slotted=t}},metadata:t},q,j),t&&Object.defineProperty(this,Symbol.metadata,{enumerable:!0,configurable:!0,writable:!0,value:t})}static styles=[Ze,Qe];#e=t(this,f,De);get fact(){return this.#e}set fact(e){this.#e=e}#t=(t(this,y),t(this,v,void 0));get value(){return this.#t}set value(e){this.#t=e}#s=(t(this,_),t(this,$,void 0));get label(){return this.#s}set label(e){this.#s=e}#i=(t(this,b),t(this,w,void 0));get format(){return this.#i}set format(e){this.#i=e}#r=(t(this,S),t(this,A,void 0));get currency(){return this.#r}set currency(e){this.#r=e}#n=(t(this,x),t(this,E,void 0));get fractionDigits(){return this.#n}set fractionDigits(e){this.#n=e}#a=(t(this,C),t(this,U,void 0));get year(){return this.#a}set year(e){this.#a=e}#o=(t(this,k),t(this,P,void 0));get source(){return this.#o}set source(e){this.#o=e}#c=(t(this,M),t(this,D,void 0));get sourceUrl(){return this.#c}set sourceUrl(e){this.#c=e}#l=(t(this,O),t(this,z,!1));get noAnimation(){return this.#l}set noAnimation(e){this.#l=e}#h=(t(this,L),t(this,T,"default"));get variant(){return this.#h}set variant(e){this.#h=e}#u=(t(this,N),t(this,R,void 0));get theme(){return this.#u}set theme(e){this.#u=e}#d=(t(this,I),t(this,q,new Set));get slotted(){return this.#d}set slotted(e){this.#d=e}locale=(t(this,j),new We(this));countUp=new rt(this,()=>!this.noAnimation&&!globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches);warn(e,t,s,i){je(this.localName,e,t,s,i)}resolve(){let e=Oe(this.fact);e||(this.warn("fact",this.fact,"not a built-in figure",`showing ${De}`),e=Oe(De));let t=e.value;if(void 0!==this.value&&null!==this.value){const e=Number(String(this.value).trim());""!==String(this.value).trim()&&e>=0&&e<=1e15?t=e:this.warn("value",this.value,"not a number from 0 to 10^15","showing the built-in value")}let s=e.format;void 0!==this.format&&null!==this.format&&(et.includes(this.format)?s=this.format:this.warn("format",this.format,`not one of ${et.join(", ")}`,`using ${s}`));let i,r=e.currency??"USD";if(this.currency&&(!function(e){if(!/^[A-Za-z]{3}$/.test(e))return!1;const t=Intl.supportedValuesOf;if(t)return t("currency").includes(e.toUpperCase());try{return new Intl.NumberFormat("en",{style:"currency",currency:e}),!0}catch{return!1}}(this.currency)?this.warn("currency",this.currency,"not an ISO 4217 currency code",`using ${r}`):r=this.currency.toUpperCase()),void 0!==this.fractionDigits&&null!==this.fractionDigits){const e=Number(String(this.fractionDigits).trim());/^\s*\d{1,2}\s*$/.test(String(this.fractionDigits))&&e<=20?i=e:this.warn("fraction-digits",this.fractionDigits,"not a whole number from 0 to 20","keeping the source’s precision")}const n=t===e.value;let a=n?e.year:void 0;void 0!==this.year&&null!==this.year&&(/^\s*\d{1,4}\s*$/.test(String(this.year))?a=Number(String(this.year).trim()):this.warn("year",this.year,"not a year",a?`showing ${a}`:"leaving it out"));return{figure:e,builtIn:n,value:t,year:a,options:{style:s,currency:r,fractionDigits:i,compact:"currency"===s&&void 0===i&&t>=1e6}}}onSlotChange=e=>{const t=e.target,s=new Set(this.slotted);t.assignedNodes().length?s.add(t.name):s.delete(t.name),this.slotted=s};render(){const e=this.resolve(),{figure:t,builtIn:s}=e,{strings:i,lang:r}=this.locale,n=this.label?.trim()||i.figureLabels[t.id]||t.label,a=s?V`<q lang="en" dir="ltr">${t.sourceWording}</q>`:W,o=s||this.slotted.has("description");return V`<div class="container"><figure class="card" part="card">
      <div class="main">
        <span part="icon" ?hidden=${!this.slotted.has("icon")}><slot name="icon" @slotchange=${this.onSlotChange}></slot></span>
        ${void 0===e.year?W:V`<time part="year" datetime=${String(e.year).padStart(4,"0")}
              >${fe(r,{useGrouping:!1}).format(e.year)}</time
            >`}
        <p part="value">
          ${s&&t.approximate?V`<span class="approximately">${i.approximately}</span> `:W}${this.renderValue(e)}
        </p>
        ${"percent"===e.options.style?this.renderBar(e):W}
      </div>
      <figcaption>
        <p part="label"><slot name="label">${n}</slot></p>
        <p part="description" ?hidden=${!o}>
          <slot name="description" @slotchange=${this.onSlotChange}>${a}</slot>
        </p>
        ${this.renderSource(e)}
      </figcaption>
    </figure></div>`}renderValue({value:e,options:t}){const{lang:s}=this.locale,i=Ie(e,s,t),r=i.map(e=>e.value).join(""),n=this.countUp.progress<1&&!this.noAnimation,a=n?this.frameRuns(e,t,i,this.countUp.progress):[];let o=0;const c=it(i).map(e=>e.digits?V`<span class="digits"><span class="final">${e.text}</span><span class="frame">${a[o++]??""}</span></span>`:e.text);return V`<data value=${String(e)} dir="auto" ?data-counting=${n}
      >${n?V`<span class="visually-hidden">${r}</span>`:W}<span aria-hidden=${n?"true":W}
        >${c}</span
      ></data
    >`}frameRuns(e,t,s,i){const{lang:r}=this.locale,n=s.filter(e=>"fraction"===e.type).reduce((e,t)=>e+t.value.length,0),a=s.some(e=>"group"===e.type);if(n>20)return it(s).filter(e=>e.digits).map(e=>e.text);const o=Ie(e,new Intl.Locale(r,{numberingSystem:"latn"}).toString(),t),c=Number(o.filter(e=>"integer"===e.type||"fraction"===e.type||"decimal"===e.type).map(e=>"decimal"===e.type?".":e.value).join(""));return it(fe(r,{minimumFractionDigits:n,maximumFractionDigits:n,...a?{}:{useGrouping:!1}}).formatToParts(c*i)).filter(e=>e.digits).map(e=>e.text)}renderBar({figure:e,builtIn:t,value:s}){const i=Math.min(100,Math.max(0,s)),r=t?Oe(tt[e.id]):void 0,n=e=>Ie(e,this.locale.lang,{style:"percent"}).map(e=>e.value).join("");return V`<div class="proportion" aria-hidden="true">
      <div part="bar" ${Xe({"--share":i})}><span class="share"></span></div>
      ${r?V`<div class="legend"><span>${n(s)}</span><span>${n(r.value)}</span></div>`:W}
    </div>`}renderSource({figure:e,builtIn:t}){const{strings:s,lang:i}=this.locale,r=Se(this.sourceUrl);this.sourceUrl&&!r&&this.warn("source-url",this.sourceUrl,"not an http(s) address","the source is not linked");const n=this.source?.trim()||(r?new URL(r).hostname:""),a=n?function(e,t){return Ae(e,t)}(n,r):t?Ee(e.citation,i,s):void 0;return a?V`<p part="source"><span class="source-label">${s.source}</span> ${a}</p>`:W}}})();!function(e,t){const s=globalThis.customElements;if(!s)return;const i=s.get(e);if(!i)return Object.defineProperty(t,Le,{value:ze}),void s.define(e,t);if(i===t)return;const r=i[Le];Te.push(r?`<${e}> (v${r})`:`<${e}> (another script's element)`),1===Te.length&&queueMicrotask(Ne)}("migration-stat-card-reference",nt);export{nt as StatCard};
